package io.tickflow.sinks.fieldplan;

import static io.tickflow.sinks.fieldplan.PlanCompiler.require;

import org.apache.avro.Schema;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Checks that an Avro array or map became the Parquet group shape the plan writes, and builds its writer.
 * A shape other than the spec's three-level list or {@code key_value} map is not covered.
 */
final class NestedShapes {

    private NestedShapes() {
    }

    /** {@code <name> (LIST) { repeated group list { element } }} */
    static ValueWriter list(Schema avro, Type parquet) {
        GroupType inner = wrapped(parquet, LogicalTypeAnnotation.listType(), "list", 1);
        Type element = inner.getType(0);
        require(element.getName().equals("element"));
        return new ListWriter(avro.getElementType().isNullable(), PlanCompiler.member(avro.getElementType(), element));
    }

    /** {@code <name> (MAP) { repeated group key_value { required binary key (STRING); value } }} */
    static ValueWriter map(Schema avro, Type parquet) {
        GroupType inner = wrapped(parquet, LogicalTypeAnnotation.mapType(), "key_value", 2);
        Type key = inner.getType(0);
        require(key.getName().equals("key") && key.isPrimitive() && key.isRepetition(Type.Repetition.REQUIRED)
                && LogicalTypeAnnotation.stringType().equals(key.getLogicalTypeAnnotation()));
        Type value = inner.getType(1);
        require(value.getName().equals("value"));
        return new MapWriter(avro.getValueType().isNullable(), PlanCompiler.member(avro.getValueType(), value));
    }

    private static GroupType wrapped(Type parquet, LogicalTypeAnnotation annotation, String repeated, int fields) {
        require(!parquet.isPrimitive() && annotation.equals(parquet.getLogicalTypeAnnotation()));
        GroupType outer = parquet.asGroupType();
        require(outer.getFieldCount() == 1);
        Type inner = outer.getType(0);
        require(!inner.isPrimitive() && inner.getName().equals(repeated)
                && inner.isRepetition(Type.Repetition.REPEATED) && inner.asGroupType().getFieldCount() == fields);
        return inner.asGroupType();
    }
}
