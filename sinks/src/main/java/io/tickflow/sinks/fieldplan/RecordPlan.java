package io.tickflow.sinks.fieldplan;

import java.util.List;
import org.apache.avro.generic.IndexedRecord;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * The compiled plan of one Avro record schema: one {@link FieldWriter} per field, in schema order. Immutable and
 * stateless, so one plan serves every file of its schema, on any thread.
 */
public final class RecordPlan {

    private final FieldWriter[] fields;

    RecordPlan(List<FieldWriter> fields) {
        this.fields = fields.toArray(FieldWriter[]::new);
    }

    /**
     * Writes {@code record} as one top-level Parquet record (a message).
     *
     * @param record a record of the schema the plan was compiled from, not null
     * @throws RuntimeException for a null where the schema has no null, or a value of the wrong class
     */
    public void writeMessage(RecordConsumer consumer, IndexedRecord record) {
        consumer.startMessage();
        writeFields(consumer, record);
        consumer.endMessage();
    }

    /** Writes a nested record as a group. */
    void writeGroup(RecordConsumer consumer, IndexedRecord record) {
        consumer.startGroup();
        writeFields(consumer, record);
        consumer.endGroup();
    }

    private void writeFields(RecordConsumer consumer, IndexedRecord record) {
        for (FieldWriter field : fields) {
            field.write(consumer, record);
        }
    }
}
