package io.tickflow.core.alerts;

import io.tickflow.core.calendar.SessionClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * What a rule sees of one minute bar.
 *
 * @param ticker      canonical ticker
 * @param minuteIndex minute of the session (0 at the session's start)
 * @param bar         the minute
 * @param before      the ticker-session's state before the minute
 * @param after       the state with the minute
 * @param baseline    time-of-day means of the ticker's prior sessions
 * @param settings    thresholds
 */
record MinuteContext(String ticker, int minuteIndex, AlertMinute bar, SessionAlertState before,
                     SessionAlertState after, TimeOfDayBaseline baseline, AlertSettings settings) {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(SessionClock.EXCHANGE_ZONE);

    /** New York wall-clock time of the minute, for messages. */
    String time() {
        long ns = bar.windowStartNanos();
        return HH_MM.format(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L))) + " ET";
    }
}
