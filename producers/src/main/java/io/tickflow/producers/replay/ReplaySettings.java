package io.tickflow.producers.replay;

import java.util.Objects;

/**
 * How a replay runs.
 *
 * @param topic                topic the trades go to (normally {@code trades})
 * @param speedFactor          0 = as fast as possible; otherwise event time runs this many times faster than
 *                             wall time (1 = real time, 60 = one session-minute per second)
 * @param progressEveryRecords progress is reported after every this many records (and at the end); &gt; 0
 */
public record ReplaySettings(String topic, double speedFactor, long progressEveryRecords) {

    /** Default progress interval. */
    public static final long DEFAULT_PROGRESS_EVERY = 50_000;

    public ReplaySettings {
        Objects.requireNonNull(topic, "topic");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (!(speedFactor >= 0) || Double.isInfinite(speedFactor)) {
            throw new IllegalArgumentException("speedFactor must be finite and >= 0, was " + speedFactor);
        }
        if (progressEveryRecords <= 0) {
            throw new IllegalArgumentException("progressEveryRecords must be > 0, was " + progressEveryRecords);
        }
    }

    /** As fast as possible, default progress interval. */
    public static ReplaySettings asFastAsPossible(String topic) {
        return new ReplaySettings(topic, 0, DEFAULT_PROGRESS_EVERY);
    }
}
