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
    void aNewTaskRebuildsTheLastWindowFromTheStoredBlocksAndTheStatesOpenBlock() {
        StoreImbalanceHistories writer = new StoreImbalanceHistories(store, WINDOW);
        ImbalanceHistory written = writer.of("ABC", 0, new double[0]);
        for (int i = 0; i < 250; i++) {
            written.append(i * 0.5);
        }
        double[] openBlock = writer.openBlock("ABC"); // what the bar state carries: slots 32..49, indices 232..249
        // a fresh instance has no mirror: it must read the blocks back (as after a restart or rebalance)
        ImbalanceHistory restored = new StoreImbalanceHistories(store, WINDOW).of("ABC", 250, openBlock);

        assertThat(openBlock).hasSize(18);
        for (long i = 150; i < 250; i++) {
            assertThat(restored.get(i)).isEqualTo(i * 0.5);
        }
        assertThatThrownBy(() -> restored.get(149)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(store.get("ABC#3")).hasSize(4); // slots 96..99
        assertThat(store.get("ABC#1")).startsWith(66.0); // block 1 last filled by indices 132..163 (132 · 0.5 = 66)
    }

    @Test
    void writesABlockToTheStoreOnlyOnceItIsFull() {
        StoreImbalanceHistories histories = new StoreImbalanceHistories(store, WINDOW);
        ImbalanceHistory history = histories.of("ABC", 0, new double[0]);
        for (int i = 0; i < 31; i++) {
            history.append(i);
        }
        assertThat(store.get("ABC#0")).isNull();
        assertThat(histories.openBlock("ABC")).hasSize(31);

        history.append(31);

        assertThat(store.get("ABC#0")).hasSize(32).endsWith(31.0);
        assertThat(histories.openBlock("ABC")).isEmpty();
    }

    @Test
    void aStateWithoutOpenBlockReadsItFromTheHistoryStoreAsVersion3WroteIt() {
        store.put("ABC#0", new double[] {1, 2, 3}); // version 3 rewrote the open block on every trade

        ImbalanceHistory restored = new StoreImbalanceHistories(store, WINDOW).of("ABC", 3, null);

        assertThat(restored.get(0)).isEqualTo(1.0);
        assertThat(restored.get(2)).isEqualTo(3.0);
    }

    @Test
    void aStateAheadOfTheStoreIsReportedNotInvented() {
        StoreImbalanceHistories histories = new StoreImbalanceHistories(store, WINDOW);
        histories.of("ABC", 0, new double[0]).append(1.0);
        assertThatThrownBy(() -> new StoreImbalanceHistories(store, WINDOW).of("XYZ", 5, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks index 0 of 5");
        assertThatThrownBy(() -> new StoreImbalanceHistories(store, WINDOW).of("XYZ", 5, new double[2]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("carries 2 open-block imbalances");
    }
}
