package io.tickflow.core.bars;

import java.util.Objects;

/**
 * Settings of imbalance bars (DESIGN.md "Dollar-imbalance bars", YAML section {@code bars:}), validated here.
 *
 * @param mode                 {@code mlfinlab} (exact reproduction) or {@code hardened}
 * @param metric               dollar, volume or tick imbalance
 * @param expNumTicksInit      E0[T], trades per bar expected before the first bar closes (&gt;= 1)
 * @param numPrevBars          span of the EWMA of past bar lengths giving E[T] (&gt;= 1)
 * @param imbalanceWindow      W, the most trades the EWMA of E[imb] looks back over (&gt;= 1)
 * @param etMin                lower clamp of E[T] (&gt;= 0)
 * @param etMax                upper clamp of E[T] (&gt;= etMin; {@code +Infinity} for none)
 * @param constExpTicks        E[T] never updated after E0[T] (mlfinlab {@code ConstImbalanceBars})
 * @param minTicks             hardened only: no bar closes with fewer trades (&gt;= 1)
 * @param maxTicks             hardened only: a bar always closes at this many trades (&gt;= minTicks)
 * @param targetBarsPerSession hardened only: E0[T] = trailing trades per session ÷ this (&gt;= 1)
 * @param anchorRatio          hardened only: k, E[T] stays within [E0[T]/k, k·E0[T]] and no bar holds more than
 *                             k²·E0[T] trades (&gt;= 1; see {@link HardenedThreshold})
 * @param floorKappa           hardened only: κ0, the random-walk floor's multiplier at a session's start (&gt;= 0;
 *                             0 turns the floor and its controller off)
 * @param floorGain            hardened only: γ, how much of the log error between a bar's length and E0[T] each
 *                             complete bar corrects in κ (in [0, 1]; 0 keeps κ = κ0)
 */
public record ImbalanceBarSettings(ImbalanceBarMode mode, ImbalanceMetric metric, long expNumTicksInit,
                                   int numPrevBars, int imbalanceWindow, double etMin, double etMax,
                                   boolean constExpTicks, long minTicks, long maxTicks,
                                   int targetBarsPerSession, double anchorRatio, double floorKappa,
                                   double floorGain) {

    /** The defaults of the hardened threshold (DESIGN.md "Dollar-imbalance bars"; tuned on LEAN tapes, see
     * {@link HardenedThreshold}): E[T] within a factor 2 of E0[T], κ0 = 2, a quarter of the log error per bar. */
    public static final double DEFAULT_ANCHOR_RATIO = 2;
    public static final double DEFAULT_FLOOR_KAPPA = 2;
    public static final double DEFAULT_FLOOR_GAIN = 0.25;

    public ImbalanceBarSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(metric, "metric");
        require(expNumTicksInit >= 1, "exp_num_ticks_init must be >= 1: " + expNumTicksInit);
        require(numPrevBars >= 1, "num_prev_bars must be >= 1: " + numPrevBars);
        require(imbalanceWindow >= 1, "imbalance_window must be >= 1: " + imbalanceWindow);
        require(etMin >= 0 && !Double.isInfinite(etMin), "et_min must be finite and >= 0: " + etMin);
        require(etMax >= etMin, "et_max must be >= et_min: " + etMax + " < " + etMin);
        require(minTicks >= 1, "min_ticks must be >= 1: " + minTicks);
        require(maxTicks >= minTicks, "max_ticks must be >= min_ticks: " + maxTicks + " < " + minTicks);
        require(targetBarsPerSession >= 1, "target_bars_per_session must be >= 1: " + targetBarsPerSession);
        require(anchorRatio >= 1 && !Double.isInfinite(anchorRatio), "anchor_ratio must be finite and >= 1: " + anchorRatio);
        require(floorKappa >= 0 && !Double.isInfinite(floorKappa), "floor_kappa must be finite and >= 0: " + floorKappa);
        require(floorGain >= 0 && floorGain <= 1, "floor_gain must be within [0, 1]: " + floorGain);
    }

    /** The settings before the hardened threshold had its own knobs: those take their defaults. */
    public ImbalanceBarSettings(ImbalanceBarMode mode, ImbalanceMetric metric, long expNumTicksInit, int numPrevBars,
                                int imbalanceWindow, double etMin, double etMax, boolean constExpTicks, long minTicks,
                                long maxTicks, int targetBarsPerSession) {
        this(mode, metric, expNumTicksInit, numPrevBars, imbalanceWindow, etMin, etMax, constExpTicks, minTicks,
                maxTicks, targetBarsPerSession, DEFAULT_ANCHOR_RATIO, DEFAULT_FLOOR_KAPPA, DEFAULT_FLOOR_GAIN);
    }

    /**
     * The defaults, hardened mode, for US small caps. E0[T] 1000 is only the fallback when a ticker has no
     * trailing sessions (see {@link #initialExpTicksFor}). E[T] ∈ [20, 10000]: the floor stops the
     * geometric collapse of the EWMA of bar lengths, the cap keeps about 50 bars on a 500k-trade day.
     * min_ticks 10 keeps OHLC and buy volume meaningful and is below the E[T] floor, so it only bites
     * on the degenerate closes; max_ticks 50000 bounds a bar whose θ mean-reverts and never crosses,
     * five times the E[T] cap so that it never cuts a bar that the rule would close.
     */
    public static ImbalanceBarSettings defaults() {
        return new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.DOLLAR, 1000, 3, 10_000,
                20, 10_000, false, 10, 50_000, 50);
    }

    /** mlfinlab 0.x's own defaults ({@code get_ema_dollar_imbalance_bars}): E0[T] 20000, 3 bars, W 10000, no clamp. */
    public static ImbalanceBarSettings mlfinlab(ImbalanceMetric metric) {
        return new ImbalanceBarSettings(ImbalanceBarMode.MLFINLAB, metric, 20_000, 3, 10_000,
                0, Double.POSITIVE_INFINITY, false, 1, Long.MAX_VALUE, 50);
    }

    public ImbalanceBarSettings withMetric(ImbalanceMetric value) {
        return new ImbalanceBarSettings(mode, value, expNumTicksInit, numPrevBars, imbalanceWindow, etMin, etMax,
                constExpTicks, minTicks, maxTicks, targetBarsPerSession,
                anchorRatio, floorKappa, floorGain);
    }

    public ImbalanceBarSettings withExpNumTicksInit(long value) {
        return new ImbalanceBarSettings(mode, metric, value, numPrevBars, imbalanceWindow, etMin, etMax,
                constExpTicks, minTicks, maxTicks, targetBarsPerSession,
                anchorRatio, floorKappa, floorGain);
    }

    public ImbalanceBarSettings withExpTicksRange(double min, double max) {
        return new ImbalanceBarSettings(mode, metric, expNumTicksInit, numPrevBars, imbalanceWindow, min, max,
                constExpTicks, minTicks, maxTicks, targetBarsPerSession,
                anchorRatio, floorKappa, floorGain);
    }

    public ImbalanceBarSettings withConstExpTicks(boolean value) {
        return new ImbalanceBarSettings(mode, metric, expNumTicksInit, numPrevBars, imbalanceWindow, etMin, etMax,
                value, minTicks, maxTicks, targetBarsPerSession, anchorRatio, floorKappa, floorGain);
    }

    public ImbalanceBarSettings withTickLimits(long min, long max) {
        return new ImbalanceBarSettings(mode, metric, expNumTicksInit, numPrevBars, imbalanceWindow, etMin, etMax,
                constExpTicks, min, max, targetBarsPerSession, anchorRatio, floorKappa, floorGain);
    }

    /**
     * The hardened threshold's knobs (YAML {@code anchor_ratio}, {@code floor_kappa}, {@code floor_gain});
     * {@code (1e12, 0, 0)} turns the anchoring, the floor and its controller off (the rule before them).
     */
    public ImbalanceBarSettings withHardenedThreshold(double ratio, double kappa, double gain) {
        return new ImbalanceBarSettings(mode, metric, expNumTicksInit, numPrevBars, imbalanceWindow, etMin, etMax,
                constExpTicks, minTicks, maxTicks, targetBarsPerSession, ratio, kappa, gain);
    }

    /** E[T] clamped to [et_min, et_max]. */
    public double clampExpTicks(double expTicks) {
        return Math.min(Math.max(expTicks, etMin), etMax);
    }

    /** E0[T] of a session: {@code exp_num_ticks_init}, clamped in hardened mode (mlfinlab never clamps E0). */
    public double initialExpTicks() {
        return mode == ImbalanceBarMode.HARDENED ? clampExpTicks(expNumTicksInit) : expNumTicksInit;
    }

    /**
     * Hardened E0[T] of a ticker from its history: trailing trades per session ÷ target_bars_per_session,
     * clamped; {@link #initialExpTicks()} when there is no history (argument not positive or NaN).
     */
    public double initialExpTicksFor(double trailingTradesPerSession) {
        if (!(trailingTradesPerSession > 0)) {
            return initialExpTicks();
        }
        return clampExpTicks(trailingTradesPerSession / targetBarsPerSession);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
