package io.tickflow.core.daily;

import io.tickflow.core.calendar.SessionScope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cumulative volume of one ticker-session by minute of the session: {@code cumulativeAt(m)} is the volume of
 * minutes 0..m. A minute without a bar adds nothing, so the curve is flat there.
 *
 * @param session    session date
 * @param cumulative cumulative volume per minute index; copied
 */
public record IntradayVolumeProfile(LocalDate session, double[] cumulative) {

    public IntradayVolumeProfile {
        Objects.requireNonNull(session, "session");
        cumulative = cumulative.clone();
    }

    /** The profile of a session's minutes (any order; minutes outside the scope are ignored). */
    public static IntradayVolumeProfile of(LocalDate session, SessionScope scope, List<MinuteBar> minutes) {
        double[] perMinute = new double[TimeOfDayRvol.minutesIn(scope)];
        for (MinuteBar bar : minutes) {
            if (scope.contains(bar.windowStartNanos())) {
                perMinute[TimeOfDayRvol.minuteIndex(scope, session, bar.windowStartNanos())] += bar.volume();
            }
        }
        for (int m = 1; m < perMinute.length; m++) {
            perMinute[m] += perMinute[m - 1];
        }
        return new IntradayVolumeProfile(session, perMinute);
    }

    /** Volume of minutes 0..minuteIndex. */
    public double cumulativeAt(int minuteIndex) {
        return cumulative[minuteIndex];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntradayVolumeProfile p && session.equals(p.session) && Arrays.equals(cumulative, p.cumulative);
    }

    @Override
    public int hashCode() {
        return 31 * session.hashCode() + Arrays.hashCode(cumulative);
    }
}
