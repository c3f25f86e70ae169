package io.tickflow.core.alerts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Volume of one finished ticker-session by minute of the session.
 *
 * @param session   session date
 * @param perMinute volume of minute index 0, 1, …; minutes past the array's end had none (so a store may keep the
 *                  array trimmed after the last traded minute); copied
 */
public record SessionVolumes(LocalDate session, double[] perMinute) {
    public SessionVolumes {
        Objects.requireNonNull(session, "session");
        perMinute = perMinute.clone();
    }

    /** Volume of one minute; 0 past the array's end. */
    public double at(int minuteIndex) {
        return minuteIndex < perMinute.length ? perMinute[minuteIndex] : 0.0;
    }

    /** This session with the array cut after its last non-zero minute (what a store needs to keep). */
    public SessionVolumes trimmed() {
        int n = perMinute.length;
        while (n > 0 && perMinute[n - 1] == 0.0) {
            n--;
        }
        return new SessionVolumes(session, Arrays.copyOf(perMinute, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionVolumes s && session.equals(s.session) && Arrays.equals(perMinute, s.perMinute);
    }

    @Override
    public int hashCode() {
        return 31 * session.hashCode() + Arrays.hashCode(perMinute);
    }
}
