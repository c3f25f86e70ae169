package io.tickflow.sinks.fieldplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Compiles an Avro record schema, with the Parquet schema parquet-avro's {@code AvroSchemaConverter} made of it,
 * into a {@link RecordPlan}.
 *
 * <p>Covered: long, int, double, float, boolean, string, enum, bytes, {@code date} on int, nested records, arrays
 * (three-level lists) and maps of any of these, and unions of null with one other type (an optional Parquet
 * field). Not covered, so written by {@code AvroWriteSupport} instead: other logical types (timestamps, decimals,
 * uuid, ...), fixed, unions of two or more non-null types, fields of type null, a record with a logical type, and a
 * Parquet schema of another shape than expected (e.g. the old two-level lists). Every tickflow topic schema is
 * covered (only {@code date} logical types, {@code ["null", X]} unions, int arrays and maps).
 */
public final class PlanCompiler {

    private PlanCompiler() {
    }

    /**
     * @param avro    an Avro record schema
     * @param parquet the Parquet schema of {@code avro}, as {@code AvroSchemaConverter} converts it
     * @return the plan, or empty when the schema holds something the plan does not cover
     */
    public static Optional<RecordPlan> compile(Schema avro, MessageType parquet) {
        try {
            if (avro.getType() != Schema.Type.RECORD || avro.getLogicalType() != null) {
                return Optional.empty();
            }
            return Optional.of(record(avro, parquet));
        } catch (NotCovered e) {
            return Optional.empty();
        }
    }

    private static RecordPlan record(Schema avro, GroupType group) {
        List<Schema.Field> avroFields = avro.getFields();
        require(avroFields.size() == group.getFieldCount());
        List<FieldWriter> writers = new ArrayList<>();
        for (int i = 0; i < avroFields.size(); i++) {
            Schema.Field field = avroFields.get(i);
            Type parquetField = group.getType(i);
            require(parquetField.getName().equals(field.name()));
            writers.add(new FieldWriter(field.name(), i, optional(field.schema(), parquetField),
                    value(nonNull(field.schema()), parquetField)));
        }
        return new RecordPlan(writers);
    }

    /** Whether the value may be null, checked against the Parquet repetition (never repeated here). */
    private static boolean optional(Schema avro, Type parquet) {
        boolean optional = avro.getType() == Schema.Type.UNION;
        require(parquet.isRepetition(optional ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED));
        return optional;
    }

    /** The schema itself, or the other branch of a union of null with one type; anything else is not covered. */
    private static Schema nonNull(Schema avro) {
        if (avro.getType() != Schema.Type.UNION) {
            require(avro.getType() != Schema.Type.NULL);
            return avro;
        }
        List<Schema> branches = avro.getTypes();
        require(branches.size() == 2);
        Schema first = branches.get(0);
        Schema second = branches.get(1);
        require(first.getType() == Schema.Type.NULL ^ second.getType() == Schema.Type.NULL);
        Schema other = first.getType() == Schema.Type.NULL ? second : first;
        require(other.getType() != Schema.Type.UNION);
        return other;
    }

    private static ValueWriter value(Schema avro, Type parquet) {
        if (avro.getLogicalType() != null) {
            require(avro.getLogicalType() instanceof LogicalTypes.Date && avro.getType() == Schema.Type.INT);
            return primitive(parquet, PrimitiveTypeName.INT32, LogicalTypeAnnotation.dateType(),
                    PrimitiveWriters.DATES);
        }
        return switch (avro.getType()) {
            case LONG -> primitive(parquet, PrimitiveTypeName.INT64, null, PrimitiveWriters.LONGS);
            case INT -> primitive(parquet, PrimitiveTypeName.INT32, null, PrimitiveWriters.INTS);
            case DOUBLE -> primitive(parquet, PrimitiveTypeName.DOUBLE, null, PrimitiveWriters.DOUBLES);
            case FLOAT -> primitive(parquet, PrimitiveTypeName.FLOAT, null, PrimitiveWriters.FLOATS);
            case BOOLEAN -> primitive(parquet, PrimitiveTypeName.BOOLEAN, null, PrimitiveWriters.BOOLEANS);
            case STRING -> primitive(parquet, PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType(),
                    PrimitiveWriters.STRINGS);
            case ENUM -> primitive(parquet, PrimitiveTypeName.BINARY, LogicalTypeAnnotation.enumType(),
                    PrimitiveWriters.ENUMS);
            case BYTES -> primitive(parquet, PrimitiveTypeName.BINARY, null, PrimitiveWriters.BYTES);
            case RECORD -> nestedRecord(avro, parquet);
            case ARRAY -> NestedShapes.list(avro, parquet);
            case MAP -> NestedShapes.map(avro, parquet);
            default -> throw new NotCovered();
        };
    }

    private static ValueWriter primitive(Type parquet, PrimitiveTypeName name, LogicalTypeAnnotation annotation,
                                         ValueWriter writer) {
        require(parquet.isPrimitive() && parquet.asPrimitiveType().getPrimitiveTypeName() == name);
        require(Objects.equals(parquet.getLogicalTypeAnnotation(), annotation));
        return writer;
    }

    private static ValueWriter nestedRecord(Schema avro, Type parquet) {
        require(!parquet.isPrimitive() && avro.getLogicalType() == null);
        RecordPlan plan = record(avro, parquet.asGroupType());
        return (consumer, value) -> plan.writeGroup(consumer, (IndexedRecord) value);
    }

    /** The element or value writer of a list or map, with whether it may be null. */
    static ValueWriter member(Schema avro, Type parquet) {
        optional(avro, parquet);
        return value(nonNull(avro), parquet);
    }

    static void require(boolean covered) {
        if (!covered) {
            throw new NotCovered();
        }
    }

    /** The schema holds something the plan does not cover; caught in {@link #compile}. */
    static final class NotCovered extends RuntimeException {
        NotCovered() {
            super(null, null, false, false);
        }
    }
}
