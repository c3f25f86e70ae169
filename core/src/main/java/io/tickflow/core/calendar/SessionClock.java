package io.tickflow.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Exchange-time arithmetic for US equities: America/New_York, regular session [09:30, 16:00),
 * extended session [04:00, 20:00) (DESIGN.md "Sessions").
 *
 * <p>Timestamps are nanoseconds since the Unix epoch (UTC), as Polygon's {@code sip_timestamp}.
 * The offset to New York is taken from the JDK's tz rules for each instant, so daylight-saving
 * switches are handled: a session on a day after a switch starts 13:30 UTC in summer (EDT) and
 * 14:30 UTC in winter (EST). The switches happen at 02:00 local time on Sundays, so no session
 * boundary ever falls inside a gap or an overlap. Whether a date is a trading day (holidays,
 * weekends) is not decided here: a session is a day the ticker traded.
 */
public final class SessionClock {

    /** The zone of US exchange time. */
    public static final ZoneId EXCHANGE_ZONE = ZoneId.of("America/New_York");
    public static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);
    public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);
    public static final LocalTime EXTENDED_OPEN = LocalTime.of(4, 0);
    public static final LocalTime EXTENDED_CLOSE = LocalTime.of(20, 0);

    private static final ZoneRules RULES = EXCHANGE_ZONE.getRules();
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    private SessionClock() {
    }

    /** The New York calendar date of a timestamp: the session it belongs to. */
    public static LocalDate sessionDate(long tsNanos) {
        return LocalDate.ofEpochDay(Math.floorDiv(localEpochSecond(tsNanos), SECONDS_PER_DAY));
    }

    /** Whether the timestamp is within the regular session [09:30, 16:00) New York time. */
    public static boolean isRegular(long tsNanos) {
        return isWithin(tsNanos, REGULAR_OPEN, REGULAR_CLOSE);
    }

    /** Whether the timestamp is within the extended session [04:00, 20:00) New York time. */
    public static boolean isExtended(long tsNanos) {
        return isWithin(tsNanos, EXTENDED_OPEN, EXTENDED_CLOSE);
    }

    /** Nanoseconds since epoch of 09:30 New York time on {@code session}. */
    public static long regularStartNanos(LocalDate session) {
        return epochNanos(session, REGULAR_OPEN);
    }

    /** Nanoseconds since epoch of 16:00 New York time on {@code session} (exclusive end). */
    public static long regularEndNanos(LocalDate session) {
        return epochNanos(session, REGULAR_CLOSE);
    }

    /** Nanoseconds since epoch of 04:00 New York time on {@code session}. */
    public static long extendedStartNanos(LocalDate session) {
        return epochNanos(session, EXTENDED_OPEN);
    }

    /** Nanoseconds since epoch of 20:00 New York time on {@code session} (exclusive end). */
    public static long extendedEndNanos(LocalDate session) {
        return epochNanos(session, EXTENDED_CLOSE);
    }

    /** Nanoseconds since epoch of a New York wall-clock time on a date. */
    public static long epochNanos(LocalDate session, LocalTime time) {
        long epochSecond = session.atTime(time).atZone(EXCHANGE_ZONE).toEpochSecond();
        return Math.multiplyExact(epochSecond, NANOS_PER_SECOND) + time.getNano();
    }

    private static boolean isWithin(long tsNanos, LocalTime startInclusive, LocalTime endExclusive) {
        long nanoOfDay = localNanoOfDay(tsNanos);
        return nanoOfDay >= startInclusive.toNanoOfDay() && nanoOfDay < endExclusive.toNanoOfDay();
    }

    private static long localNanoOfDay(long tsNanos) {
        long secondOfDay = Math.floorMod(localEpochSecond(tsNanos), SECONDS_PER_DAY);
        return secondOfDay * NANOS_PER_SECOND + Math.floorMod(tsNanos, NANOS_PER_SECOND);
    }

    private static long localEpochSecond(long tsNanos) {
        long epochSecond = Math.floorDiv(tsNanos, NANOS_PER_SECOND);
        int offsetSeconds = RULES.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return epochSecond + offsetSeconds;
    }
}
