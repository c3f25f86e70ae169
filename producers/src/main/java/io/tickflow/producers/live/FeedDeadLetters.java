package io.tickflow.producers.live;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import java.util.Objects;

/**
 * Dead letters of the live feed: source = the feed's URL (never the key), line = the frame's number since start,
 * format {@value #FORMAT}. Safe from several threads (the socket's and the producer sink's).
 */
public final class FeedDeadLetters {
    /** Format written into the feed's rejections. */
    public static final String FORMAT = "polygon-websocket";

    private final DeadLetterSink sink;
    private final String source;

    public FeedDeadLetters(DeadLetterSink sink, String source) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @param frame        1-based number of the frame the input came in
     * @param inputTsNanos the input's event time when known, else null
     */
    public synchronized void reject(long frame, String raw, String reason, Long inputTsNanos) {
        sink.accept(new Rejection(source, frame, raw, reason, FORMAT, inputTsNanos));
    }

    /** Flushes the underlying sink. */
    public synchronized void flush() {
        sink.close();
    }
}
