package io.tickflow.core.daily;

/**
 * The part of a one-minute aggregate that daily metrics use.
 *
 * @param windowStartNanos start of the minute, ns since the epoch (UTC)
 * @param close            last price of the minute, USD (&gt; 0)
 * @param volume           shares traded in the minute (&gt;= 0)
 * @param vwap             volume-weighted price of the minute, USD; {@code null} when the source lacks it
 *                         (Polygon minute flat files have no VWAP column)
 */
public record MinuteBar(long windowStartNanos, double close, double volume, Double vwap) {

    public MinuteBar {
        if (!(close > 0) || Double.isInfinite(close)) {
            throw new IllegalArgumentException("close must be finite and > 0: " + close);
        }
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("volume must be finite and >= 0: " + volume);
        }
    }

    /**
     * vwap × volume, or close × volume when the vwap is absent (DESIGN.md "Daily metrics"). Polygon's minute
     * files carry no vwap, so on them dollar volume is close-weighted: a known bias on wide-spread minutes.
     */
    public double dollarValue() {
        return (vwap != null ? vwap : close) * volume;
    }
}
