package io.tickflow.producers.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Trading sessions for synthetic data: weekdays that are not US market holidays. */
final class SyntheticTradingDays {

    private SyntheticTradingDays() {
    }

    static boolean isSession(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !UsMarketHolidays.isHoliday(date);
    }

    /** The first {@code count} sessions on or after {@code start}, ascending. */
    static List<LocalDate> from(LocalDate start, int count) {
        List<LocalDate> sessions = new ArrayList<>(count);
        LocalDate date = start;
        while (sessions.size() < count) {
            if (isSession(date)) {
                sessions.add(date);
            }
            date = date.plusDays(1);
        }
        return sessions;
    }
}
