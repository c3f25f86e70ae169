package io.tickflow.sinks.commit;

import java.util.Objects;
import org.apache.avro.generic.GenericRecord;

/**
 * One decoded record with where it came from in its Kafka partition.
 *
 * @param value       the decoded Avro record, not null
 * @param offset      its Kafka offset, &gt;= 0
 * @param timestampMs its Kafka record timestamp in ms since the epoch, or {@link #NO_TIMESTAMP}
 * @param schemaId    registry id of its writer schema, or {@link #NO_SCHEMA_ID} when unknown
 */
public record SinkInput(GenericRecord value, long offset, long timestampMs, int schemaId) {

    /** The record carries no timestamp (Kafka's {@code RecordBatch.NO_TIMESTAMP}). */
    public static final long NO_TIMESTAMP = -1;
    /** The writer schema id is unknown (records not read from the Confluent wire format). */
    public static final int NO_SCHEMA_ID = -1;

    public SinkInput {
        Objects.requireNonNull(value, "value");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (timestampMs < 0) {
            timestampMs = NO_TIMESTAMP;
        }
    }

    boolean hasTimestamp() {
        return timestampMs != NO_TIMESTAMP;
    }
}
