package io.tickflow.producers.replay;

/**
 * Holds records back so that event time advances {@code speedFactor} times faster than wall time.
 *
 * <p>The anchor (first event time, wall time then) is reset at each day: pacing the overnight gap
 * would stall a real-time replay for 17 hours between sessions. A replay that falls behind (slow
 * broker) does not sleep and does not try to catch up faster than it can.
 */
final class ReplayPacer {

    private final ReplayClock clock;
    private final double speedFactor;
    private boolean anchored;
    private long anchorEventNanos;
    private long anchorWallNanos;

    ReplayPacer(ReplayClock clock, double speedFactor) {
        this.clock = clock;
        this.speedFactor = speedFactor;
    }

    /** Forgets the anchor: the next record is sent at once and anchors the day. */
    void startDay() {
        anchored = false;
    }

    /** How long {@link #awaitEventTime} would wait for {@code eventNanos} now; 0 before the day is anchored. */
    long nanosUntil(long eventNanos) {
        if (speedFactor == 0 || !anchored) {
            return 0;
        }
        long due = anchorWallNanos + (long) ((eventNanos - anchorEventNanos) / speedFactor);
        return Math.max(0, due - clock.nanoTime());
    }

    /** Waits until the record with event time {@code eventNanos} is due. */
    void awaitEventTime(long eventNanos) throws InterruptedException {
        if (speedFactor == 0) {
            return;
        }
        long now = clock.nanoTime();
        if (!anchored) {
            anchored = true;
            anchorEventNanos = eventNanos;
            anchorWallNanos = now;
            return;
        }
        long due = anchorWallNanos + (long) ((eventNanos - anchorEventNanos) / speedFactor);
        if (due > now) {
            clock.sleepNanos(due - now);
        }
    }
}
