package io.tickflow.core.alerts;

import io.tickflow.core.calendar.SessionClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * What a rule sees of one trade.
 *
 * @param ticker      canonical ticker
 * @param minuteIndex minute of the session the trade falls in (0 at the session's start)
 * @param tsNanos     the trade's SIP time, ns since the epoch
 * @param price       the trade's price, USD
 * @param before      the ticker-session's state before the trade
 * @param after       the state with the trade
 * @param baseline    time-of-day means of the ticker's prior sessions
 * @param settings    thresholds
 */
record TradeContext(String ticker, int minuteIndex, long tsNanos, double price, TradeSessionState before,
                    TradeSessionState after, TimeOfDayBaseline baseline, AlertSettings settings) {
    private static final DateTimeFormatter HH_MM_SS =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(SessionClock.EXCHANGE_ZONE);

    /** New York wall-clock time of the trade, for messages. */
    String time() {
        return HH_MM_SS.format(Instant.ofEpochSecond(Math.floorDiv(tsNanos, 1_000_000_000L))) + " ET";
    }
}
