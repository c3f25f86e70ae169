package io.tickflow.core.daily;

import io.tickflow.core.calendar.SessionScope;
import java.time.LocalDate;
import java.util.List;

/**
 * Intraday, time-of-day relative volume (DESIGN.md "Daily metrics"): cumulative volume up to minute m of today
 * over the mean cumulative volume up to minute m of the previous 30 sessions. Comparing with the same time of
 * day removes the U shape of intraday volume: 1.0 at 10:00 means an ordinary morning, not a quarter of a day.
 */
public final class TimeOfDayRvol {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private TimeOfDayRvol() {
    }

    /**
     * @param cumulativeVolume today's volume of minutes 0..minuteIndex
     * @param minuteIndex      minute of the session (see {@link #minuteIndex})
     * @param prior            profiles of the previous sessions, ascending; only the last 30 count
     * @return the ratio; {@code null} with fewer than 10 prior sessions or a zero mean
     */
    public static Double at(double cumulativeVolume, int minuteIndex, List<IntradayVolumeProfile> prior) {
        List<IntradayVolumeProfile> window = prior.subList(
                Math.max(0, prior.size() - DailyMetricsCalculator.RVOL_WINDOW), prior.size());
        if (window.size() < DailyMetricsCalculator.MIN_PRIOR_SESSIONS) {
            return null;
        }
        double sum = 0;
        for (IntradayVolumeProfile p : window) {
            sum += p.cumulativeAt(minuteIndex);
        }
        double mean = sum / window.size();
        return mean > 0 ? cumulativeVolume / mean : null;
    }

    /** Minute of the session a timestamp falls in: 0 at 09:30 (regular) or 04:00 (extended). */
    public static int minuteIndex(SessionScope scope, LocalDate session, long tsNanos) {
        long start = scope.startNanos(session);
        long index = Math.floorDiv(tsNanos - start, NANOS_PER_MINUTE);
        if (index < 0 || index >= minutesIn(scope)) {
            throw new IllegalArgumentException("timestamp " + tsNanos + " is outside the " + scope + " session of " + session);
        }
        return (int) index;
    }

    /** 390 minutes in the regular session, 960 in the extended one. */
    public static int minutesIn(SessionScope scope) {
        return switch (scope) {
            case REGULAR -> 390;
            case EXTENDED -> 960;
            case NONE -> throw new IllegalArgumentException("scope none has no time of day");
        };
    }
}
