package io.tickflow.streams.daily;

import io.tickflow.schemas.reference.Split;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global splits store equal to {@code reference.splits}: a value replaces the key's split, a tombstone
 * removes it (the topic is compacted). A split that cannot be one of its key's ticker's (no key, a key not of the
 * form {@code ticker|…} for the value's ticker, a ratio that is not finite and &gt; 0) is not stored and is logged
 * with the reason: a global processor has no sink to send it to dead-letter.
 */
final class SplitsStoreUpdater implements Processor<String, Split, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(SplitsStoreUpdater.class);

    private KeyValueStore<String, Split> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(DailyMetricsTopology.SPLITS_STORE);
    }

    @Override
    public void process(Record<String, Split> record) {
        String key = record.key();
        if (key == null) {
            LOG.warn("split without key in reference.splits not applied: {}", record.value());
            return;
        }
        if (record.value() == null) {
            store.delete(key);
            return;
        }
        String ticker = key.contains(SplitsStore.KEY_SEPARATOR)
                ? key.substring(0, key.indexOf(SplitsStore.KEY_SEPARATOR)) : key;
        String refusal = key.contains(SplitsStore.KEY_SEPARATOR) ? SplitsStore.refusal(record.value(), ticker)
                : "key " + key + " is not ticker|execution_date";
        if (refusal != null) {
            LOG.warn("split {} of reference.splits not applied: {}", key, refusal);
            return;
        }
        store.put(key, record.value());
    }
}
