package io.tickflow.streams.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.bars.ImbalanceHistory;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreImbalanceHistoriesTest {
    private static final int WINDOW = 100; // not a multiple of the 32-value block: the last block holds 4
    private KeyValueStore<String, double[]> store;

    @BeforeEach
    void store() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("history"), Serdes.String(),
                new DoubleBlockSerde()).withLoggingDisabled().build();
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void aNewTaskRebuildsTheLastWindowFromTheStoredBlocks() {
        ImbalanceHistory written = new StoreImbalanceHistories(store, WINDOW).of("ABC", 0);
        for (int i = 0; i < 250; i++) {
            written.append(i * 0.5);
        }
        // a fresh instance has no mirror: it must read the blocks back (as after a restart or rebalance)
        ImbalanceHistory restored = new StoreImbalanceHistories(store, WINDOW).of("ABC", 250);

        for (long i = 150; i < 250; i++) {
            assertThat(restored.get(i)).isEqualTo(i * 0.5);
        }
        assertThatThrownBy(() -> restored.get(149)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(store.get("ABC#3")).hasSize(4); // slots 96..99
    }

    @Test
    void aStateAheadOfTheStoreIsReportedNotInvented() {
        new StoreImbalanceHistories(store, WINDOW).of("ABC", 0).append(1.0);
        assertThatThrownBy(() -> new StoreImbalanceHistories(store, WINDOW).of("XYZ", 5))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks index 0 of 5");
    }
}
