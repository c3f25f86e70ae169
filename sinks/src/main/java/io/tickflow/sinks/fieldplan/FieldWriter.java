package io.tickflow.sinks.fieldplan;

import org.apache.avro.generic.IndexedRecord;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes one field of a record: its value at a fixed Avro position into the Parquet field of the same name and
 * index. A null leaves the field unwritten (a null in Parquet) when the field is optional.
 *
 * <p>Why a switch: a plan's fields have many {@link ValueWriter} classes, so a call through the interface from the
 * one loop over the fields is megamorphic (never inlined, a type-profile miss per field). The common scalars (long,
 * double, int, string) are written inline by kind instead; other values go through their writer.
 */
final class FieldWriter {

    private static final int OTHER = 0;
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int INT = 3;
    private static final int STRING = 4;
    private final String name;
    private final int index;
    private final boolean optional;
    private final ValueWriter values;
    private final int kind;

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
        this.kind = kindOf(values);
    }

    /** @throws RuntimeException for a null in a required field, as {@code AvroWriteSupport} throws */
    void write(RecordConsumer consumer, IndexedRecord record) {
        Object value = record.get(index);
        if (value != null) {
            consumer.startField(name, index);
            writeValue(consumer, value);
            consumer.endField(name, index);
        } else if (!optional) {
            throw new RuntimeException("Null-value for required field: " + name);
        }
    }

    /** The same conversions as {@link PrimitiveWriters}, inline. */
    private void writeValue(RecordConsumer consumer, Object value) {
        switch (kind) {
            case LONG -> consumer.addLong(((Number) value).longValue());
            case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
            case INT -> consumer.addInteger(value instanceof Character c ? c : ((Number) value).intValue());
            case STRING -> consumer.addBinary(PrimitiveWriters.stringBinary(value));
            default -> values.write(consumer, value);
        }
    }

    private static int kindOf(ValueWriter values) {
        if (values == PrimitiveWriters.LONGS) {
            return LONG;
        }
        if (values == PrimitiveWriters.DOUBLES) {
            return DOUBLE;
        }
        if (values == PrimitiveWriters.INTS) {
            return INT;
        }
        return values == PrimitiveWriters.STRINGS ? STRING : OTHER;
    }
}
