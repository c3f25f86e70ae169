package io.tickflow.sinks.commit;

import io.tickflow.sinks.partition.PartitionPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/**
 * What one Kafka partition has consumed since its last committed offset: one {@link RecordBuffer} per output
 * folder, plus the count and last offset of every record consumed (written or rejected).
 *
 * <p>Chunk boundaries depend only on the records (a count, or a schema change), as kafka-connect-s3 rotates on
 * {@code flush.size}: all buffers of a partition are written together and the partition's offset is committed
 * past the whole chunk, so a restart from that offset rebuilds exactly the same files.
 */
final class PartitionChunk {

    /** By folder; a hash map because it is looked up once per record, sorted only when the chunk is written. */
    private final Map<PartitionPath, RecordBuffer> buffers = new HashMap<>();
    private int consumed;
    private long lastOffset = -1;
    private long firstTimestampMs = SinkInput.NO_TIMESTAMP;
    private PartitionPath lastPath;

    /** Adds a record that belongs in {@code path}; no timestamp, no schema id. */
    void add(GenericRecord record, long offset, PartitionPath path) {
        add(new SinkInput(record, offset, SinkInput.NO_TIMESTAMP, SinkInput.NO_SCHEMA_ID), path);
    }

    /** Adds a record that belongs in {@code path}. */
    void add(SinkInput input, PartitionPath path) {
        buffers.computeIfAbsent(path, p -> new RecordBuffer(path, input)).add(input);
        if (firstTimestampMs == SinkInput.NO_TIMESTAMP && input.hasTimestamp()) {
            firstTimestampMs = input.timestampMs();
        }
        lastPath = path;
        count(input.offset());
    }

    /** Counts a record that was rejected, so that its offset is committed with the chunk. */
    void reject(long offset) {
        count(offset);
    }

    /** True when {@code record} cannot join the open buffer of {@code path} because its schema differs. */
    boolean changesSchema(GenericRecord record, PartitionPath path) {
        RecordBuffer open = buffers.get(path);
        return open != null && !open.schema().equals(record.getSchema());
    }

    /** Records consumed into this chunk, written or rejected. */
    int consumed() {
        return consumed;
    }

    /** Timestamp of the first record of the chunk that had one, ms; -1 when none had one yet. */
    long firstTimestampMs() {
        return firstTimestampMs;
    }

    /** Folder of the record added last; null before the first. */
    PartitionPath lastPath() {
        return lastPath;
    }

    boolean isEmpty() {
        return consumed == 0;
    }

    /** The offset to commit once the chunk is written: one past the last record consumed. */
    long nextOffset() {
        return lastOffset + 1;
    }

    /** Buffers in folder order (of the {@code /}-joined paths), so files are written in a stable order. */
    List<RecordBuffer> buffers() {
        List<RecordBuffer> sorted = new ArrayList<>(buffers.values());
        sorted.sort(Comparator.comparing(buffer -> buffer.path().toString()));
        return sorted;
    }

    void clear() {
        buffers.clear();
        consumed = 0;
        firstTimestampMs = SinkInput.NO_TIMESTAMP;
        lastPath = null;
    }

    private void count(long offset) {
        consumed++;
        lastOffset = Math.max(lastOffset, offset);
    }
}
