package io.tickflow.core.labels;

/**
 * Triple-barrier settings (DESIGN.md "Triple barrier", AFML ch. 3), validated here so that a bad value fails when
 * the configuration is read rather than on the first bar.
 *
 * @param volatilitySpan  span of the EWM standard deviation of bar log returns giving the target σ [100]
 * @param cusumK          CUSUM threshold h = σ·k [1]; must be positive
 * @param profitTake      upper barrier at +pt·σ of log return [1]; 0 disables it (as mlfinlab's {@code pt_sl[0] = 0})
 * @param stopLoss        lower barrier at −sl·σ of log return [1]; 0 disables it
 * @param verticalBars    vertical barrier N bars after the event bar [20]; 0 disables it
 * @param verticalMinutes vertical barrier at the first bar closing M minutes or more after t0 [0 = off]; with both
 *                        set, whichever comes first. The session end is always a vertical barrier as well.
 */
public record LabelSettings(int volatilitySpan, double cusumK, double profitTake, double stopLoss, int verticalBars,
                            long verticalMinutes) {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    public LabelSettings {
        require(volatilitySpan >= 1, "volatility_span must be >= 1: " + volatilitySpan);
        require(cusumK > 0 && Double.isFinite(cusumK), "cusum_k must be positive: " + cusumK);
        require(profitTake >= 0 && Double.isFinite(profitTake), "profit_take must be >= 0: " + profitTake);
        require(stopLoss >= 0 && Double.isFinite(stopLoss), "stop_loss must be >= 0: " + stopLoss);
        require(verticalBars >= 0, "vertical_bars must be >= 0: " + verticalBars);
        require(verticalMinutes >= 0, "vertical_minutes must be >= 0: " + verticalMinutes);
    }

    /** DESIGN.md's defaults: span 100, k 1, pt = sl = 1, vertical after 20 bars. */
    public static LabelSettings defaults() {
        return new LabelSettings(100, 1.0, 1.0, 1.0, 20, 0);
    }

    /** The vertical barrier after {@code minutes} instead of after a number of bars. */
    public LabelSettings withVerticalMinutes(long minutes) {
        return new LabelSettings(volatilitySpan, cusumK, profitTake, stopLoss, 0, minutes);
    }

    /** The vertical barrier as a time span, ns; {@link Long#MAX_VALUE} when off. */
    long verticalNanos() {
        return verticalMinutes == 0 ? Long.MAX_VALUE : Math.multiplyExact(verticalMinutes, NANOS_PER_MINUTE);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
