package io.tickflow.producers.deadletter;

/**
 * Receives every rejected input. Implementations deliver rejections to the {@code dead-letter} topic
 * (streaming mode) or to a {@code rejects.csv} file (batch mode).
 *
 * <p>Not thread-safe unless an implementation says so. {@link #close()} makes every accepted
 * rejection durable (flushes); it does not close resources the caller passed in.
 */
public interface DeadLetterSink extends AutoCloseable {

    /** Takes one rejection; never null. */
    void accept(Rejection rejection);

    /** Flushes what was accepted and releases what this sink opened itself. */
    @Override
    void close();
}
