package io.tickflow.producers.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Full-day NYSE/Nasdaq holidays by rule, enough to make synthetic sessions look like real ones:
 * New Year's Day, Martin Luther King Jr. Day (from 1998), Washington's Birthday, Good Friday, Memorial Day,
 * Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and Christmas, each moved to Friday
 * when on a Saturday and to Monday when on a Sunday (NYSE Rule 7.2). Exception: when January 1 falls on a
 * Saturday the market stays open on Friday December 31 (as in 2021 and 2022).
 *
 * <p>Not covered: one-off closures (9/11 2001, Hurricane Sandy 2012, national days of mourning such as
 * 2018-12-05 and 2025-01-09) and early closes. The real trading calendar belongs to {@code core}; this
 * generator keeps its own so that it depends on nothing unreleased.
 */
final class UsMarketHolidays {

    private static final int MLK_FIRST_YEAR = 1998;
    private static final int JUNETEENTH_FIRST_YEAR = 2022;

    private UsMarketHolidays() {
    }

    static boolean isHoliday(LocalDate date) {
        int year = date.getYear();
        return date.equals(observed(LocalDate.of(year, 1, 1)))
                || (year >= MLK_FIRST_YEAR && date.equals(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3)))
                || date.equals(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                || date.equals(easterSunday(year).minusDays(2))
                || date.equals(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || (year >= JUNETEENTH_FIRST_YEAR && date.equals(observed(LocalDate.of(year, 6, 19))))
                || date.equals(observed(LocalDate.of(year, 7, 4)))
                || date.equals(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                || date.equals(nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                || date.equals(observed(LocalDate.of(year, 12, 25)));
    }

    /** Saturday holidays move to Friday, Sunday ones to Monday; New Year on a Saturday is not moved back. */
    private static LocalDate observed(LocalDate holiday) {
        DayOfWeek day = holiday.getDayOfWeek();
        if (day == DayOfWeek.SUNDAY) {
            return holiday.plusDays(1);
        }
        boolean newYear = holiday.getMonth() == Month.JANUARY && holiday.getDayOfMonth() == 1;
        return day == DayOfWeek.SATURDAY && !newYear ? holiday.minusDays(1) : holiday;
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
