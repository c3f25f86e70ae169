package io.tickflow.producers.deadletter;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rejections counted by source kind, for metrics: the input format ({@code polygon-trades-csv},
 * {@code polygon-ws-json}) or {@code unknown}. Kinds, not file names, so that a long replay does not create one time
 * series per file. Thread safe; counts only grow.
 */
public final class DeadLetterCounts {
    /** Kind of rejections whose format was not detected. */
    public static final String UNKNOWN = "unknown";

    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();

    /** Counts one rejection of {@code kind}; null counts as {@link #UNKNOWN}. */
    public void count(String kind) {
        byKind.computeIfAbsent(kind == null ? UNKNOWN : kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** Count of one kind so far; 0 when none was seen. */
    public long of(String kind) {
        AtomicLong n = byKind.get(kind);
        return n == null ? 0 : n.get();
    }

    /** A sorted copy of the counts so far. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        byKind.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }
}
