package io.tickflow.producers.readers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a short-data record becomes public, relative to the date it refers to: {@code days} later (calendar
 * days, or weekdays when {@code businessDays}), at {@code timeOfDay} in {@code zone}. Point-in-time joins use
 * this time, never the trade or settlement date (DESIGN.md "Short data features, point in time").
 *
 * <p>Weekdays ignore exchange holidays, so a lag in business days may come out a day early around a
 * holiday; the defaults are set late enough that the record was public by then.
 *
 * @param days         days after the reference date, {@code >= 0}
 * @param businessDays true to count Monday–Friday only
 * @param timeOfDay    local time of publication on that day
 * @param zone         zone of {@code timeOfDay}
 */
public record PublicationLag(int days, boolean businessDays, LocalTime timeOfDay, ZoneId zone) {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** FINRA posts daily short sale volume files "no later than 6:00:00pm ET" of the trade date (finra.org). */
    public static final PublicationLag FINRA_DAILY_SHORT_VOLUME = new PublicationLag(0, false, LocalTime.of(18, 0), NEW_YORK);
    /**
     * The SEC posts a half-month fails file about two weeks after the half-month ends (cnsfails202009a.zip,
     * covering up to 2020-09-15, carries a 2020-09-30 15:29 time stamp); the reference date is the last day
     * of the half-month.
     */
    public static final PublicationLag SEC_FAILS_TO_DELIVER = new PublicationLag(15, false, LocalTime.of(18, 0), NEW_YORK);
    /** FINRA disseminates short interest about seven business days after the settlement date. */
    public static final PublicationLag SHORT_INTEREST = new PublicationLag(7, true, LocalTime.of(18, 0), NEW_YORK);

    public PublicationLag {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, was " + days);
        }
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        Objects.requireNonNull(zone, "zone");
    }

    /** Publication time of a record about {@code reference}, in ns since the epoch. */
    public long publishedNanos(LocalDate reference) {
        LocalDate day = businessDays ? plusWeekdays(reference, days) : reference.plusDays(days);
        ZonedDateTime at = ZonedDateTime.of(day, timeOfDay, zone);
        return at.toEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static LocalDate plusWeekdays(LocalDate start, int weekdays) {
        LocalDate day = start;
        int left = weekdays;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
