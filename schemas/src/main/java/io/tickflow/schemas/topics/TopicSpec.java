package io.tickflow.schemas.topics;

import java.util.Map;

/**
 * How a topic is laid out in Kafka.
 *
 * @param partitions    partition count; keys are tickers, so this bounds the parallelism of every stage reading it
 * @param retentionMs   time retention in ms, -1 for unlimited. Replayed history carries record timestamps years in
 *                      the past, so a time limit on an input topic would delete a backfill as it is written.
 * @param cleanupPolicy {@code delete} or {@code compact}
 */
public record TopicSpec(int partitions, long retentionMs, String cleanupPolicy) {
    public static final String DELETE = "delete";
    public static final String COMPACT = "compact";
    /**
     * {@code segment.ms} of a topic kept forever, about 100 years: segments roll by size only. Kafka ages a segment in
     * record time (7 days by default), so a replay of history at speed rolled, and fsynced, every partition every 7
     * market days, all partitions at once.
     */
    public static final long UNBOUNDED_SEGMENT_MS = 100L * 365 * 24 * 3600 * 1000;

    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
        }
        if (retentionMs < -1 || retentionMs == 0) {
            throw new IllegalArgumentException("retentionMs must be -1 or positive: " + retentionMs);
        }
        if (!DELETE.equals(cleanupPolicy) && !COMPACT.equals(cleanupPolicy)) {
            throw new IllegalArgumentException("cleanupPolicy must be delete or compact: " + cleanupPolicy);
        }
    }

    public static TopicSpec kept(int partitions) {
        return new TopicSpec(partitions, -1, DELETE);
    }

    public static TopicSpec compacted(int partitions) {
        return new TopicSpec(partitions, -1, COMPACT);
    }

    public TopicSpec withPartitions(int newPartitions) {
        return new TopicSpec(newPartitions, retentionMs, cleanupPolicy);
    }

    /** The topic-level configs to create the topic with; a topic kept forever rolls its segments by size only. */
    public Map<String, String> configs() {
        if (retentionMs == -1) {
            return Map.of("cleanup.policy", cleanupPolicy, "retention.ms", "-1", "segment.ms",
                    Long.toString(UNBOUNDED_SEGMENT_MS));
        }
        return Map.of("cleanup.policy", cleanupPolicy, "retention.ms", Long.toString(retentionMs));
    }
}
