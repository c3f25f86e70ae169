package io.tickflow.sinks.fieldplan;

import org.apache.avro.generic.IndexedRecord;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes one field of a record: its value at a fixed Avro position into the Parquet field of the same name and
 * index. A null leaves the field unwritten (a null in Parquet) when the field is optional.
 */
final class FieldWriter {

    private final String name;
    private final int index;
    private final boolean optional;
    private final ValueWriter values;

    /**
     * @param name     field name, in Avro and Parquet alike
     * @param index    position of the field in both schemas (the plan covers no Avro {@code null} fields, which
     *                 parquet-avro drops and which would shift Parquet positions)
     * @param optional whether the Parquet field is optional (an Avro union with null)
     * @param values   writer of the non-null value
     */
    FieldWriter(String name, int index, boolean optional, ValueWriter values) {
        this.name = name;
        this.index = index;
        this.optional = optional;
        this.values = values;
    }

    /** @throws RuntimeException for a null in a required field, as {@code AvroWriteSupport} throws */
    void write(RecordConsumer consumer, IndexedRecord record) {
        Object value = record.get(index);
        if (value != null) {
            consumer.startField(name, index);
            values.write(consumer, value);
            consumer.endField(name, index);
        } else if (!optional) {
            throw new RuntimeException("Null-value for required field: " + name);
        }
    }
}
