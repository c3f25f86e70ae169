package io.tickflow.sinks.fieldplan;

import java.util.Map;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes an Avro map as a {@code MAP} group ({@code <map> { repeated key_value { key; value } }}) in the map's
 * iteration order, as parquet-avro does: an empty map is an empty group, a null value (allowed only when the value
 * is optional) a key without a value.
 */
final class MapWriter implements ValueWriter {

    private static final String REPEATED = "key_value";
    private static final String KEY = "key";
    private static final String VALUE = "value";
    private final boolean optionalValues;
    private final ValueWriter values;

    /**
     * @param optionalValues whether the value is an Avro union with null
     * @param values         writer of a non-null value
     */
    MapWriter(boolean optionalValues, ValueWriter values) {
        this.optionalValues = optionalValues;
        this.values = values;
    }

    /** @param value a {@link Map} with {@code CharSequence} keys */
    @Override
    public void write(RecordConsumer consumer, Object value) {
        Map<?, ?> map = (Map<?, ?>) value;
        consumer.startGroup();
        if (!map.isEmpty()) {
            consumer.startField(REPEATED, 0);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeEntry(consumer, entry);
            }
            consumer.endField(REPEATED, 0);
        }
        consumer.endGroup();
    }

    private void writeEntry(RecordConsumer consumer, Map.Entry<?, ?> entry) {
        consumer.startGroup();
        consumer.startField(KEY, 0);
        PrimitiveWriters.STRINGS.write(consumer, entry.getKey());
        consumer.endField(KEY, 0);
        Object value = entry.getValue();
        if (value != null) {
            consumer.startField(VALUE, 1);
            values.write(consumer, value);
            consumer.endField(VALUE, 1);
        } else if (!optionalValues) {
            throw new RuntimeException("Null map value in a map of required values");
        }
        consumer.endGroup();
    }
}
