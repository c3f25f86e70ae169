package io.tickflow.sinks.commit;

import io.tickflow.sinks.partition.PartitionPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Records of one Kafka partition bound for one output folder, waiting to become one file. All share one schema;
 * {@link #firstOffset()} names the file. It also keeps what a manifest reports about the file: last offset,
 * smallest and largest record timestamp, writer schema id.
 */
final class RecordBuffer {

    private final PartitionPath path;
    private final long firstOffset;
    private final Schema schema;
    private final int schemaId;
    private final List<GenericRecord> records = new ArrayList<>();
    private long lastOffset;
    private long minTimestampMs = SinkInput.NO_TIMESTAMP;
    private long maxTimestampMs = SinkInput.NO_TIMESTAMP;

    RecordBuffer(PartitionPath path, SinkInput first) {
        this.path = path;
        this.firstOffset = first.offset();
        this.schema = first.value().getSchema();
        this.schemaId = first.schemaId();
    }

    void add(SinkInput input) {
        records.add(input.value());
        lastOffset = input.offset();
        if (input.hasTimestamp()) {
            minTimestampMs = minTimestampMs == SinkInput.NO_TIMESTAMP
                    ? input.timestampMs() : Math.min(minTimestampMs, input.timestampMs());
            maxTimestampMs = Math.max(maxTimestampMs, input.timestampMs());
        }
    }

    PartitionPath path() {
        return path;
    }

    long firstOffset() {
        return firstOffset;
    }

    long lastOffset() {
        return lastOffset;
    }

    long minTimestampMs() {
        return minTimestampMs;
    }

    long maxTimestampMs() {
        return maxTimestampMs;
    }

    Schema schema() {
        return schema;
    }

    int schemaId() {
        return schemaId;
    }

    List<GenericRecord> records() {
        return Collections.unmodifiableList(records);
    }
}
