package io.tickflow.streams.shortdata;

import io.tickflow.core.shortdata.PublishedRecord;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each record of a short-data topic into its global point-in-time store under
 * {@link ShortRecords#storeKey}. Since Kafka 3.8 (KAFKA-7663) a global store is restored by replaying its topic
 * through this processor, so the store's keys and values stay in this form after a restart.
 */
final class ShortStoreLoader<V, R extends PublishedRecord> implements Processor<String, V, Void, Void> {
    private final String storeName;
    private final Function<V, R> toCore;
    private KeyValueStore<String, R> store;

    ShortStoreLoader(String storeName, Function<V, R> toCore) {
        this.storeName = storeName;
        this.toCore = toCore;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.value() == null) {
            return; // a tombstone: short-data topics are not compacted, and no record is keyed for deletion
        }
        R core = toCore.apply(record.value());
        store.put(ShortRecords.storeKey(core), core);
    }
}
