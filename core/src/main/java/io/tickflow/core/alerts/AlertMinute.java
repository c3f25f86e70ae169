package io.tickflow.core.alerts;

/**
 * The part of a one-minute aggregate the alert rules use.
 *
 * @param windowStartNanos start of the minute, ns since the epoch (UTC): the alerts' event time
 * @param open             first price, USD (&gt; 0)
 * @param high             highest price, USD (&gt; 0)
 * @param close            last price, USD (&gt; 0)
 * @param volume           shares (&gt;= 0)
 * @param vwap             volume-weighted price, USD; {@code null} when the source lacks it (dollar volume then
 *                         uses the close, as the daily metrics do)
 */
public record AlertMinute(long windowStartNanos, double open, double high, double close, double volume, Double vwap) {
    public AlertMinute {
        requirePositive("open", open);
        requirePositive("high", high);
        requirePositive("close", close);
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("volume must be finite and >= 0: " + volume);
        }
    }

    /** vwap × volume, or close × volume without a vwap (DESIGN.md "Daily metrics"). */
    public double dollarValue() {
        return (vwap != null ? vwap : close) * volume;
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
    }
}
