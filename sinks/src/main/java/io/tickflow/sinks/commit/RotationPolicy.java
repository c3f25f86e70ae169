package io.tickflow.sinks.commit;

import io.tickflow.sinks.partition.PartitionPath;

/**
 * When the open chunk of a Kafka partition is written out, decided from the records alone, never from the wall
 * clock: kafka-connect-s3 rotates on {@code flush.size} and, with record timestamps, on {@code rotate.interval.ms};
 * the same rules here. Because every rule reads only the records since the last committed offset, a task restarted
 * at that offset cuts the same chunks and names the same files, which is what makes rewritten files replace the
 * old ones instead of duplicating them.
 *
 * @param flushSize               records (written or rejected) after which the chunk is written, &gt;= 1
 * @param rotateIntervalMs        record-time span of a chunk in ms: a record whose timestamp is at least this
 *                                much after the chunk's first timestamp starts a new chunk; &lt;= 0 turns it off
 * @param rotateOnPartitionChange a record bound for another folder than the previous record starts a new chunk,
 *                                so every file holds one run of a ticker-session
 */
public record RotationPolicy(int flushSize, long rotateIntervalMs, boolean rotateOnPartitionChange) {

    public RotationPolicy {
        if (flushSize < 1) {
            throw new IllegalArgumentException("flushSize must be >= 1, was " + flushSize);
        }
    }

    /** Count rotation only. */
    public static RotationPolicy everyRecords(int flushSize) {
        return new RotationPolicy(flushSize, 0, false);
    }

    /**
     * True when the chunk must be written before a record for {@code path} with {@code timestampMs} joins it.
     * An empty chunk never rotates.
     */
    boolean rotatesBefore(PartitionChunk chunk, PartitionPath path, long timestampMs) {
        if (chunk.isEmpty()) {
            return false;
        }
        boolean timeUp = rotateIntervalMs > 0 && timestampMs != SinkInput.NO_TIMESTAMP
                && chunk.firstTimestampMs() != SinkInput.NO_TIMESTAMP
                && timestampMs - chunk.firstTimestampMs() >= rotateIntervalMs;
        boolean folderChanged = rotateOnPartitionChange && chunk.lastPath() != null && !chunk.lastPath().equals(path);
        return timeUp || folderChanged;
    }

    /** True when a chunk holding {@code consumed} records is written right away. */
    boolean isFull(int consumed) {
        return consumed >= flushSize;
    }
}
