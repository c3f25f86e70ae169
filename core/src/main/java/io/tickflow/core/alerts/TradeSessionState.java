package io.tickflow.core.alerts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ticker-session's running state for the alert rules over trades ({@link TradeAlerts}), after the eligible
 * trades fed so far: what a store must keep between trades so that a restart fires the same alerts.
 *
 * @param session           session date (America/New_York)
 * @param sessionStartNanos start of the session in the scope (09:30 or 04:00 New York time), ns since the epoch:
 *                          kept so that a trade of the same session needs no calendar arithmetic
 * @param previousClose     price of the ticker's previous session's last trade in scope, USD; {@code null} on the
 *                          ticker's first session. Not split-adjusted (no splits feed the alerts stage)
 * @param volume            Σ size so far, shares
 * @param dollarVolume      Σ price·size so far, USD
 * @param lastPrice         price of the latest trade by SIP time (on a tie, the later fed), USD; NaN before the first
 * @param lastTradeNanos    SIP time of that trade, ns; {@link Long#MIN_VALUE} before the first
 * @param minuteIndex       minute of the session of the ticker's current minute (0 at the session's start); -1
 *                          before the first trade
 * @param minuteVolume      Σ size of the current minute so far, shares
 * @param openingRangeHigh  highest price traded inside the opening range, USD; NaN while none traded there
 * @param fired             bits of the {@link AlertKind}s already fired this session
 */
public record TradeSessionState(LocalDate session, long sessionStartNanos, Double previousClose, double volume,
                                double dollarVolume, double lastPrice, long lastTradeNanos, int minuteIndex,
                                double minuteVolume, double openingRangeHigh, int fired) {
    public TradeSessionState {
        Objects.requireNonNull(session, "session");
    }

    /** A session before its first trade. */
    public static TradeSessionState open(LocalDate session, long sessionStartNanos, Double previousClose) {
        return new TradeSessionState(session, sessionStartNanos, previousClose, 0, 0, Double.NaN, Long.MIN_VALUE, -1, 0,
                Double.NaN, 0);
    }

    /** Whether no trade has been fed yet. */
    public boolean beforeFirstTrade() {
        return minuteIndex < 0;
    }

    /**
     * This state with one more trade of minute {@code index} (not before {@link #minuteIndex}); the caller records
     * the finished minute's volume when {@code index} starts a new minute.
     */
    TradeSessionState plus(long tsNanos, double price, double size, int index, int openingRangeMinutes) {
        double rangeHigh = openingRangeHigh;
        if (index < openingRangeMinutes) {
            rangeHigh = Double.isNaN(rangeHigh) ? price : Math.max(rangeHigh, price);
        }
        boolean latest = tsNanos >= lastTradeNanos;
        return new TradeSessionState(session, sessionStartNanos, previousClose, volume + size,
                dollarVolume + price * size, latest ? price : lastPrice, latest ? tsNanos : lastTradeNanos, index,
                index == minuteIndex ? minuteVolume + size : size, rangeHigh, fired);
    }

    public boolean hasFired(AlertKind kind) {
        return (fired & kind.bit()) != 0;
    }

    TradeSessionState withFired(int kinds) {
        return new TradeSessionState(session, sessionStartNanos, previousClose, volume, dollarVolume, lastPrice,
                lastTradeNanos, minuteIndex, minuteVolume, openingRangeHigh, fired | kinds);
    }
}
