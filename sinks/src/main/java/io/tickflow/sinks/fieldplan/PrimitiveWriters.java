package io.tickflow.sinks.fieldplan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.avro.util.Utf8;
import org.apache.parquet.io.api.Binary;

/**
 * Writers of Avro's primitive values, converting each value class exactly as parquet-avro's
 * {@code AvroWriteSupport.writeValueWithoutConversion} does (a {@code Number} of any width for numbers, a
 * {@code Character} for an int, any {@code CharSequence} for a string), so both give the same column values.
 */
final class PrimitiveWriters {

    static final ValueWriter LONGS = (consumer, value) -> consumer.addLong(((Number) value).longValue());
    static final ValueWriter DOUBLES = (consumer, value) -> consumer.addDouble(((Number) value).doubleValue());
    static final ValueWriter FLOATS = (consumer, value) -> consumer.addFloat(((Number) value).floatValue());
    static final ValueWriter BOOLEANS = (consumer, value) -> consumer.addBoolean((Boolean) value);
    static final ValueWriter INTS = (consumer, value) -> consumer.addInteger(intOf(value));
    /** Avro {@code date}: epoch days as an {@code Integer} (generic records) or a {@link LocalDate} (generated). */
    static final ValueWriter DATES = (consumer, value) -> consumer.addInteger(
            value instanceof LocalDate date ? (int) date.toEpochDay() : intOf(value));
    static final ValueWriter STRINGS = (consumer, value) -> consumer.addBinary(stringBinary(value));
    static final ValueWriter ENUMS = (consumer, value) -> consumer.addBinary(Binary.fromString(value.toString()));
    static final ValueWriter BYTES = (consumer, value) -> consumer.addBinary(value instanceof byte[] array
            ? Binary.fromReusedByteArray(array) : Binary.fromReusedByteBuffer((ByteBuffer) value));

    private PrimitiveWriters() {
    }

    private static int intOf(Object value) {
        return value instanceof Character c ? c : ((Number) value).intValue();
    }

    /**
     * A {@link Utf8} is written from its own bytes without a copy (the column writer copies what it keeps, as it
     * does for {@code AvroWriteSupport}). A {@code String} (what generic records hold for schemas whose strings are
     * {@code avro.java.string: String}, as the generated classes register them) is encoded to UTF-8 with the same
     * bytes as {@code Binary.fromString}, but array-backed: parquet-java's {@code fromString} wraps the array in a
     * {@code ByteBuffer}, whose hashing (dictionary), equality and comparison (statistics) go byte by byte through
     * the buffer, several times slower than on an array.
     */
    static Binary stringBinary(Object value) {
        if (value instanceof Utf8 utf8) {
            return Binary.fromReusedByteArray(utf8.getBytes(), 0, utf8.getByteLength());
        }
        if (value instanceof String string) {
            return Binary.fromConstantByteArray(string.getBytes(StandardCharsets.UTF_8));
        }
        if (value instanceof CharSequence chars) {
            return Binary.fromCharSequence(chars);
        }
        return Binary.fromString(value.toString());
    }
}
