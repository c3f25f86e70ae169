package io.tickflow.sinks.commit;

import io.tickflow.sinks.partition.PartitionPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Records of one Kafka partition bound for one output folder, waiting to become one file. All share one schema;
 * {@link #firstOffset()} names the file.
 */
final class RecordBuffer {

    private final PartitionPath path;
    private final long firstOffset;
    private final Schema schema;
    private final List<GenericRecord> records = new ArrayList<>();

    RecordBuffer(PartitionPath path, long firstOffset, Schema schema) {
        this.path = path;
        this.firstOffset = firstOffset;
        this.schema = schema;
    }

    void add(GenericRecord record) {
        records.add(record);
    }

    PartitionPath path() {
        return path;
    }

    long firstOffset() {
        return firstOffset;
    }

    Schema schema() {
        return schema;
    }

    List<GenericRecord> records() {
        return Collections.unmodifiableList(records);
    }
}
