package io.tickflow.streams.daily;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a global {@link TickerDateStore} equal to its compacted reference topic: a value replaces the key's value, a
 * tombstone removes it. A value that cannot be its key's ticker's (no key, a key not of the form
 * {@code ticker|…}, a value the refusal names) is not stored and is logged with the reason: a global processor has
 * no sink to send it to dead-letter.
 */
final class TickerDateStoreUpdater<V> implements Processor<String, V, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(TickerDateStoreUpdater.class);

    private final String storeName;
    private final String topic;
    private final TickerDateStore.ReferenceRefusal<V> refusal;
    private KeyValueStore<String, V> store;

    TickerDateStoreUpdater(String storeName, String topic, TickerDateStore.ReferenceRefusal<V> refusal) {
        this.storeName = storeName;
        this.topic = topic;
        this.refusal = refusal;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        String key = record.key();
        if (key == null) {
            LOG.warn("{}: value without key not applied: {}", topic, record.value());
            return;
        }
        if (record.value() == null) {
            store.delete(key);
            return;
        }
        String ticker = TickerDateStore.tickerOf(key);
        String reason = ticker == null ? "key " + key + " is not ticker|date" : refusal.of(record.value(), ticker);
        if (reason != null) {
            LOG.warn("{} {} not applied: {}", topic, key, reason);
            return;
        }
        store.put(key, record.value());
    }
}
