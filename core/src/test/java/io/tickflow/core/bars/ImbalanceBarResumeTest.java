package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streams processor rebuilds a builder from the persisted state and a store-backed history for every
 * record; that must give the bars of one uninterrupted run.
 */
class ImbalanceBarResumeTest {

    /** A history as a key-value store holds it: one entry per trade, entries older than W deleted. */
    private static final class StoreHistory implements ImbalanceHistory {
        private final Map<Long, Double> entries = new HashMap<>();
        private final int window;
        private long count;

        StoreHistory(int window) {
            this.window = window;
        }

        @Override
        public void append(double imbalance) {
            entries.put(count, imbalance);
            entries.remove(count - window);
            count++;
        }

        @Override
        public double get(long index) {
            Double value = entries.get(index);
            if (value == null) {
                throw new IndexOutOfBoundsException(index);
            }
            return value;
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public void reset() {
            entries.clear();
            count = 0;
        }
    }

    /** Rebuilds the builder before every trade, from the last persisted state, as the processor does. */
    private static List<ImbalanceBarRecord> rebuiltPerTrade(ImbalanceBarSettings settings, List<BarTape.Trade> tape) {
        StoreHistory store = new StoreHistory(settings.imbalanceWindow());
        ImbalanceBarState persisted = ImbalanceBarState.initial(settings);
        List<ImbalanceBarRecord> bars = new ArrayList<>();
        for (BarTape.Trade trade : tape) {
            ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, persisted, store);
            builder.onTrade(trade.tsNanos(), trade.price(), trade.size()).ifPresent(bars::add);
            persisted = builder.state();
        }
        new ImbalanceBarBuilder(settings, persisted, store).closeSession().ifPresent(bars::add);
        return bars;
    }

    @Test
    void rebuildingFromPersistedStateAtEveryTradeGivesTheUninterruptedBarsInHardenedMode() {
        ImbalanceBarSettings settings = ImbalanceBarSettings.defaults().withExpNumTicksInit(40);
        List<BarTape.Trade> tape = BarTape.randomWalk(42, 20_000);

        List<ImbalanceBarRecord> uninterrupted = BarTape.session(settings, tape);

        assertThat(uninterrupted).hasSizeGreaterThan(10);
        assertThat(rebuiltPerTrade(settings, tape)).isEqualTo(uninterrupted);
    }

    @Test
    void rebuildingFromPersistedStateAtEveryTradeGivesTheUninterruptedBarsInMlfinlabMode() {
        ImbalanceBarSettings settings = ImbalanceBarSettings.mlfinlab(ImbalanceMetric.DOLLAR)
                .withExpNumTicksInit(100).withExpTicksRange(10, 1000);
        List<BarTape.Trade> tape = BarTape.randomWalk(7, 8_000);

        assertThat(rebuiltPerTrade(settings, tape)).isEqualTo(BarTape.session(settings, tape));
    }

    @Test
    void rebuildingMidStreamOnMlfinlabTapeKeepsTheMlfinlabBarCount() {
        ImbalanceBarSettings settings = ImbalanceBarSettings.mlfinlab(ImbalanceMetric.DOLLAR).withExpNumTicksInit(1000);
        List<BarTape.Trade> tape = MlfinlabSampleData.trades().stream()
                .map(t -> new BarTape.Trade(t.tsNanos(), t.price(), t.size())).toList();

        List<ImbalanceBarRecord> bars = rebuiltPerTrade(settings, tape);

        assertThat(bars.stream().filter(ImbalanceBarRecord::complete)).hasSize(4770);
    }

    @Test
    void stateSizeDoesNotGrowWithTheImbalanceWindow() {
        ImbalanceBarSettings settings = ImbalanceBarSettings.defaults().withExpNumTicksInit(40);
        ImbalanceBarBuilder builder = BarTape.newBuilder(settings);
        for (BarTape.Trade trade : BarTape.randomWalk(3, 20_000)) {
            builder.onTrade(trade.tsNanos(), trade.price(), trade.size());
        }
        assertThat(builder.state().recentBarTicks()).hasSizeLessThanOrEqualTo(settings.numPrevBars());
    }
}
