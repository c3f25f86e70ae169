package io.tickflow.core.bars;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * E[imb]: the adjusted EWMA, span m = min(n, W), over the last m imbalances of a session
 * (mlfinlab 0.x {@code BaseImbalanceBars._get_expected_imbalance}).
 *
 * <p>Cost: O(m) per call, and it is called only when a bar closes or warm-up ends, never per trade.
 * An O(1) running form is not possible exactly: while n &lt; W the span changes with every trade, so the
 * weights of all past terms change; for n &gt;= W a sliding sum would be O(1) but would drift from
 * mlfinlab's sums in the last bits, and a close sitting exactly on the threshold could move. This first
 * version keeps exactness and pays O(m) per close. The weight sum depends only on m, so it is cached
 * here (a pure cache: rebuilding this object changes no result). Hardened mode also asks for E|imb|, the same
 * mean of the absolute imbalances ({@code absolute = true}).
 */
final class ExpectedImbalance {

    private final int window;
    /** q of the full window and q^W: fixed per W, kept so that a slide costs two multiplies. */
    private final double windowDecay;
    private final double evictedWeight;
    private double[] powers;
    /**
     * Σ q^i per span m = 1…W, each computed once (0 = not yet; a sum is at least 1): while n &lt; W every close has a
     * new m, and recomputing the O(m) sum at each one showed in profiles of the stream thread.
     */
    private double[] weightSums;

    /** Σ q^i over a full window, per window length W: the same for every builder, so computed once. */
    private static final Map<Integer, Double> FULL_WINDOW_WEIGHTS = new ConcurrentHashMap<>();

    ExpectedImbalance(int window) {
        this.window = window;
        this.windowDecay = AdjustedEwma.decay(window);
        this.evictedWeight = AdjustedEwma.power(windowDecay, window);
    }

    /**
     * The running form for n &gt;= W (hardened mode): the numerator Σ_{i<W} q^i·x_{n−1−i} of the last W
     * imbalances, exactly as {@link #compute} sums it. Computed once per session when n reaches W; after that
     * {@link #slide} keeps it in O(1) per trade. The recurrence is stable (q &lt; 1): rounding errors decay
     * instead of accumulating, so it stays within a few ulps of the direct sum. mlfinlab mode keeps the direct
     * sum, which is what reproduces mlfinlab's published bar counts bit for bit.
     */
    double windowNumerator(ImbalanceHistory history, boolean absolute) {
        long count = history.count();
        double numerator = value(history, count - window, absolute);
        for (long i = count - window + 1; i < count; i++) {
            numerator = numerator * windowDecay + value(history, i, absolute);
        }
        return numerator;
    }

    /**
     * The running window numerator after a trade whose imbalance {@code added} the history already holds: computed
     * whole when n reaches W, slid in O(1) after that. {@code evicted} was read before the append, which may reuse
     * its slot.
     */
    double running(ImbalanceHistory history, double previous, double added, double evicted) {
        return history.count() == window ? windowNumerator(history, false) : slide(previous, added, evicted);
    }

    /** {@link #running} over the absolute imbalances (the caller passes |added| and |evicted|), for E|imb|. */
    double runningAbsolute(ImbalanceHistory history, double previous, double added, double evicted) {
        return history.count() == window ? windowNumerator(history, true) : slide(previous, added, evicted);
    }

    /** E[imb] (E|imb|) now: from the running numerator when there is one, else the direct sum over min(n, W). */
    double current(ImbalanceHistory history, double windowNumerator, boolean absolute) {
        return Double.isNaN(windowNumerator) ? compute(history, absolute) : fromWindowNumerator(windowNumerator);
    }

    /** The window numerator after one more imbalance {@code added}, the oldest {@code evicted} leaving. */
    double slide(double numerator, double added, double evicted) {
        return numerator * windowDecay + added - evictedWeight * evicted;
    }

    /** E[imb] from a full window's numerator. */
    double fromWindowNumerator(double numerator) {
        return numerator / FULL_WINDOW_WEIGHTS.computeIfAbsent(window,
                w -> AdjustedEwma.weightSum(w, AdjustedEwma.decay(w), new double[w]));
    }

    /**
     * E[imb] (or E|imb| when {@code absolute}) over the history's last min(count, W) values; {@code NaN} when the
     * history is empty.
     */
    double compute(ImbalanceHistory history, boolean absolute) {
        long count = history.count();
        if (count == 0) {
            return Double.NaN;
        }
        int length = (int) Math.min(count, window);
        double decay = AdjustedEwma.decay(length);
        long start = count - length;
        double numerator = value(history, start, absolute);
        for (long i = start + 1; i < count; i++) {
            numerator = numerator * decay + value(history, i, absolute);
        }
        return numerator / weightSum(length, decay);
    }

    private static double value(ImbalanceHistory history, long index, boolean absolute) {
        double imbalance = history.get(index);
        return absolute ? Math.abs(imbalance) : imbalance;
    }

    private double weightSum(int length, double decay) {
        if (weightSums == null) {
            weightSums = new double[window + 1]; // at the first close only: one instance serves many builders
        }
        if (weightSums[length] == 0) {
            if (powers == null || powers.length < length) {
                powers = new double[length];
            }
            weightSums[length] = AdjustedEwma.weightSum(length, decay, powers);
        }
        return weightSums[length];
    }
}
