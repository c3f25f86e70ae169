package io.tickflow.sinks.fieldplan;

import java.util.Collection;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes an Avro array as the spec's three-level {@code LIST} group ({@code <list> { repeated list { element } }}),
 * the layout parquet-avro writes with {@code parquet.avro.write-old-list-structure=false}: an empty array is an
 * empty group, a null element (allowed only when the element is optional) an empty middle group.
 */
final class ListWriter implements ValueWriter {

    private static final String REPEATED = "list";
    private static final String ELEMENT = "element";
    private final boolean optionalElements;
    private final ValueWriter elements;

    /**
     * @param optionalElements whether the element is an Avro union with null
     * @param elements         writer of a non-null element
     */
    ListWriter(boolean optionalElements, ValueWriter elements) {
        this.optionalElements = optionalElements;
        this.elements = elements;
    }

    /**
     * @param value a {@link Collection} (generic and generated records hold arrays as lists)
     * @throws ClassCastException for a Java array, which the plan does not take
     */
    @Override
    public void write(RecordConsumer consumer, Object value) {
        Collection<?> collection = (Collection<?>) value;
        consumer.startGroup();
        if (!collection.isEmpty()) {
            consumer.startField(REPEATED, 0);
            for (Object element : collection) {
                writeElement(consumer, element);
            }
            consumer.endField(REPEATED, 0);
        }
        consumer.endGroup();
    }

    private void writeElement(RecordConsumer consumer, Object element) {
        consumer.startGroup();
        if (element != null) {
            consumer.startField(ELEMENT, 0);
            elements.write(consumer, element);
            consumer.endField(ELEMENT, 0);
        } else if (!optionalElements) {
            throw new RuntimeException("Null list element in a list of required elements");
        }
        consumer.endGroup();
    }
}
