package io.tickflow.core.bars;

import java.util.ArrayList;
import java.util.List;

/**
 * E[T] after a bar closes (AFML 2.3.2; mlfinlab 0.x): the adjusted EWMA, span num_prev_bars, of the last
 * num_prev_bars bar lengths, clamped to [et_min, et_max], and in hardened mode kept within a factor k of E0[T]
 * ({@link HardenedThreshold#anchorExpTicks}). Runs once per bar, never per trade.
 */
final class ExpectedTicks {
    private ExpectedTicks() {
    }

    /** The last {@code keep} bar lengths once a bar of {@code closedTicks} trades closed, oldest first. */
    static List<Long> lengthsAfter(List<Long> recent, long closedTicks, int keep) {
        List<Long> lengths = new ArrayList<>(recent.size() + 1);
        lengths.addAll(recent);
        lengths.add(closedTicks);
        int excess = lengths.size() - keep;
        return List.copyOf(excess > 0 ? lengths.subList(excess, lengths.size()) : lengths);
    }

    /** E[T] from those lengths. */
    static double after(List<Long> lengths, ImbalanceBarSettings settings, HardenedThreshold hardened) {
        long[] values = new long[lengths.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = lengths.get(i);
        }
        double clamped = settings.clampExpTicks(AdjustedEwma.of(values, settings.numPrevBars()));
        return hardened.anchorExpTicks(clamped, settings.anchorRatio());
    }
}
