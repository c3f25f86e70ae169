package io.tickflow.producers.deadletter;

import java.util.Objects;

/**
 * A {@link DeadLetterSink} that counts each rejection by its format in {@link DeadLetterCounts}, then passes it on:
 * the seam through which producers (replay, the live feed) expose dead-letter counts to metrics without depending
 * on a metrics library.
 */
public final class CountingDeadLetterSink implements DeadLetterSink {
    private final DeadLetterSink next;
    private final DeadLetterCounts counts;

    public CountingDeadLetterSink(DeadLetterSink next, DeadLetterCounts counts) {
        this.next = Objects.requireNonNull(next, "next");
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    @Override
    public void accept(Rejection rejection) {
        counts.count(rejection.format());
        next.accept(rejection);
    }

    @Override
    public void close() {
        next.close();
    }
}
