package io.tickflow.core.daily;

import io.tickflow.core.calendar.SessionClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Shared fixtures of the daily tests: minutes at New York times, sessions of given volumes. */
final class DailyFixtures {
    static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    private DailyFixtures() {
    }

    static MinuteBar minute(LocalDate date, String nyTime, double close, double volume, Double vwap) {
        return new MinuteBar(SessionClock.epochNanos(date, LocalTime.parse(nyTime)), close, volume, vwap);
    }

    /** One-minute sessions on consecutive days from {@code first}, close 10, the given volumes. */
    static List<SessionTotals> sessionsWithVolumes(LocalDate first, double... volumes) {
        List<SessionTotals> out = new ArrayList<>();
        for (int i = 0; i < volumes.length; i++) {
            out.add(SessionTotals.first(first.plusDays(i), minute(first.plusDays(i), "10:00", 10, volumes[i], null)));
        }
        return out;
    }

    static double[] repeat(double value, int times) {
        double[] out = new double[times];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
