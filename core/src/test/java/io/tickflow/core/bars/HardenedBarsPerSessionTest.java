package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Property: on balanced synthetic tapes (random tick-rule signs) hardened bars land near
 * {@code target_bars_per_session} and do not collapse to {@code min_ticks}, whatever the session size, the
 * seed, and how sticky the signs are (zero ticks repeat the last sign); the rule without the anchored threshold
 * collapses on the same tapes.
 */
class HardenedBarsPerSessionTest {
    private static final int TARGET = 50;

    /**
     * A balanced tape: the price moves one cent up or down with probability {@code moveChance} per trade (else a
     * zero tick, which repeats the last sign), sizes 1–300 shares with a 1-in-10 block of up to 5,000.
     */
    static List<BarTape.Trade> balancedTape(long seed, int count, double moveChance) {
        Random random = new Random(seed);
        List<BarTape.Trade> trades = new ArrayList<>(count);
        long cents = 2000;
        for (int i = 0; i < count; i++) {
            if (random.nextDouble() < moveChance) {
                cents = Math.max(100, cents + (random.nextBoolean() ? 1 : -1));
            }
            double size = 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 300);
            trades.add(new BarTape.Trade(i * 1_000_000L, cents / 100.0, size));
        }
        return trades;
    }

    /** A session of a ticker whose trailing sessions had as many trades: E0[T] = trades / target. */
    private static List<ImbalanceBarRecord> session(ImbalanceBarSettings settings, List<BarTape.Trade> tape) {
        double e0 = settings.initialExpTicksFor(tape.size());
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, ImbalanceBarState.initial(settings, e0),
                new RingImbalanceHistory(settings.imbalanceWindow()));
        List<ImbalanceBarRecord> bars = new ArrayList<>();
        for (BarTape.Trade t : tape) {
            builder.onTrade(t.tsNanos(), t.price(), t.size()).ifPresent(bars::add);
        }
        builder.closeSession().ifPresent(bars::add);
        return bars;
    }

    private static long medianTicks(List<ImbalanceBarRecord> bars) {
        long[] ticks = bars.stream().mapToLong(ImbalanceBarRecord::ticks).sorted().toArray();
        return ticks[ticks.length / 2];
    }

    @ParameterizedTest(name = "{0} trades, seed {1}, move chance {2}")
    @CsvSource({"5000, 1, 0.5", "20000, 2, 0.5", "60000, 3, 0.5", "20000, 4, 0.1", "60000, 5, 0.05",
            "20000, 6, 1.0"})
    void balancedTapeGivesBarsPerSessionNearTheTarget(int trades, long seed, double moveChance) {
        ImbalanceBarSettings settings = ImbalanceBarSettings.defaults();
        List<ImbalanceBarRecord> bars = session(settings, balancedTape(seed, trades, moveChance));

        // within a factor 2 of the target of 50, and bars of E0 = trades/50 trades at the median within a factor 4
        assertThat(bars).as(Arrays.toString(bars.stream().mapToLong(ImbalanceBarRecord::ticks).toArray()))
                .hasSizeBetween(TARGET / 2, TARGET * 2);
        assertThat(medianTicks(bars)).isBetween((long) trades / TARGET / 4, (long) trades / TARGET * 4);
        assertThat(medianTicks(bars)).isGreaterThan(settings.minTicks() * 5);
    }

    @ParameterizedTest(name = "{0} trades, seed {1}, move chance {2}")
    @CsvSource({"20000, 2, 0.5", "60000, 5, 0.05"})
    void withoutTheAnchoredThresholdTheSameTapeCollapsesToMinTicks(int trades, long seed, double moveChance) {
        ImbalanceBarSettings settings = ImbalanceBarSettings.defaults().withHardenedThreshold(1e12, 0, 0);
        List<ImbalanceBarRecord> bars = session(settings, balancedTape(seed, trades, moveChance));

        assertThat(bars).hasSizeGreaterThan(TARGET * 5);
        assertThat(medianTicks(bars)).isLessThan(settings.minTicks() * 3);
    }
}
