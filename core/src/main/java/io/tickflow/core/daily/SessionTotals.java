package io.tickflow.core.daily;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Running totals of one ticker-session, from its minute bars (or trades) in time order.
 *
 * <p>Sums are taken in minute order, one addition per minute, so that every path that feeds the same minutes in
 * the same order (the batch command, the topology, a recomputation after a correction) gives bit-identical
 * doubles.
 *
 * @param session          session date (America/New_York)
 * @param close            close of the latest minute (or price of the latest trade), USD
 * @param lastMinuteNanos  start of the latest minute fed (for trades: the latest trade's timestamp), ns
 * @param volume           Σ volume, shares
 * @param dollarVolume     Σ vwap·volume (close·volume where vwap is absent), USD
 * @param minutes          number of minutes fed (for trades: distinct minutes)
 */
public record SessionTotals(LocalDate session, double close, long lastMinuteNanos, double volume,
                            double dollarVolume, int minutes) {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    public SessionTotals {
        Objects.requireNonNull(session, "session");
    }

    /** Totals of a session's first minute. */
    public static SessionTotals first(LocalDate session, MinuteBar bar) {
        return new SessionTotals(session, bar.close(), bar.windowStartNanos(), bar.volume(), bar.dollarValue(), 1);
    }

    /**
     * Totals of a session's minutes.
     *
     * @param minutes the session's minutes, ascending by window start, one per minute, not empty
     */
    public static SessionTotals of(LocalDate session, List<MinuteBar> minutes) {
        SessionTotals totals = first(session, minutes.get(0));
        for (int i = 1; i < minutes.size(); i++) {
            totals = totals.plus(minutes.get(i));
        }
        return totals;
    }

    /**
     * These totals with one more minute.
     *
     * @throws IllegalArgumentException when the minute is not after the latest one (callers recompute with
     *                                  {@link #of} on late or corrected minutes instead)
     */
    public SessionTotals plus(MinuteBar bar) {
        if (bar.windowStartNanos() <= lastMinuteNanos) {
            throw new IllegalArgumentException("minute " + bar.windowStartNanos() + " is not after " + lastMinuteNanos);
        }
        return new SessionTotals(session, bar.close(), bar.windowStartNanos(), volume + bar.volume(),
                dollarVolume + bar.dollarValue(), minutes + 1);
    }

    /** Totals of a session's first eligible trade (the live path, before minute bars exist). */
    public static SessionTotals firstTrade(LocalDate session, long tsNanos, double price, double size) {
        return new SessionTotals(session, price, tsNanos, size, price * size, 1);
    }

    /**
     * These totals with one more eligible trade, at or after the latest one. A trade's price·size summed over a
     * minute is that minute's vwap·volume, so trades and minute bars give the same dollar volume up to rounding.
     */
    public SessionTotals plusTrade(long tsNanos, double price, double size) {
        if (tsNanos < lastMinuteNanos) {
            throw new IllegalArgumentException("trade " + tsNanos + " is before " + lastMinuteNanos);
        }
        boolean newMinute = Math.floorDiv(tsNanos, NANOS_PER_MINUTE) != Math.floorDiv(lastMinuteNanos, NANOS_PER_MINUTE);
        return new SessionTotals(session, price, tsNanos, volume + size, dollarVolume + price * size,
                newMinute ? minutes + 1 : minutes);
    }

    /** dollarVolume / volume, or {@code null} when no share traded. */
    public Double vwap() {
        return volume > 0 ? dollarVolume / volume : null;
    }
}
