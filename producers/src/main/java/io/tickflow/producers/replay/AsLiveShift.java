package io.tickflow.producers.replay;

import java.time.Clock;
import java.time.Instant;

/**
 * The shift of a replay "as live" ({@code tickflow replay --as-live}): the first record after each anchor is moved to
 * the wall clock's now, and every later record by the same amount, so a past day arrives with today's timestamps.
 * The anchor is reset where the pacer resets its own ({@link ReplayPacer#startDay()}, at each file and day), so at
 * a speed of 1x a record's shifted time is the wall time it is sent at, as a live feed's would be; a resumed replay
 * anchors its first remaining record to its own start. Not thread-safe.
 */
final class AsLiveShift {
    private final Clock clock;
    private TimestampShift shift;

    private AsLiveShift(Clock clock) {
        this.clock = clock;
    }

    /** Records pass unchanged. */
    static AsLiveShift off() {
        return new AsLiveShift(null);
    }

    /** Records are shifted to {@code clock}'s now at each anchor. */
    static AsLiveShift toNow(Clock clock) {
        return new AsLiveShift(java.util.Objects.requireNonNull(clock, "clock"));
    }

    /** The next record sets a new shift. */
    void reanchor() {
        shift = null;
    }

    ReplayRoute apply(ReplayRoute route) {
        if (clock == null) {
            return route;
        }
        if (shift == null) {
            shift = TimestampShift.between(route.eventNanos(), nowNanos());
        }
        return shift.apply(route);
    }

    private long nowNanos() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }
}
