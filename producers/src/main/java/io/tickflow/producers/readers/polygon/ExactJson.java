package io.tickflow.producers.readers.polygon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tickflow.producers.readers.InvalidRowException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, exact access to the fields of a Polygon REST result. Numbers are kept as the decimal text of the
 * raw token ({@link BigDecimal}), never passed through {@code double}: Polygon's nanosecond timestamps
 * such as {@code 1651181822461636600} exceed 2^53, and a trip through {@code double} moves them by up to
 * 128 ns (the float artefacts visible in the client's own fixtures).
 */
final class ExactJson {

    /** 1990 and 2100 in ns: outside is another unit or garbage. */
    private static final long MIN_NANOS = 631_152_000L * 1_000_000_000L;
    private static final long MAX_NANOS = 4_102_444_800L * 1_000_000_000L;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ExactJson() {
    }

    /** An integer field as an exact long; null when absent or JSON null. */
    static Long optionalLong(JsonNode node, String field) throws InvalidRowException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidRowException(field + " is not a number: " + value);
        }
        try {
            return value.decimalValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidRowException(field + " is not an integer within 64 bits: " + value);
        }
    }

    /** A required integer field. */
    static long requiredLong(JsonNode node, String field) throws InvalidRowException {
        Long value = optionalLong(node, field);
        if (value == null) {
            throw new InvalidRowException("missing required field " + field);
        }
        return value;
    }

    /** A required epoch time in ns (from a ns field, or a ms field times 10^6), checked for its unit. */
    static long epochNanos(JsonNode node, String field, long nanosPerUnit) throws InvalidRowException {
        long value = requiredLong(node, field);
        // a ns value in a ms field overflows here: out of range, not a crash
        long nanos = Math.abs(value) > Long.MAX_VALUE / nanosPerUnit ? Long.MAX_VALUE : value * nanosPerUnit;
        if (nanos < MIN_NANOS || nanos > MAX_NANOS) {
            throw new InvalidRowException(field + " " + node.get(field) + " is not a time between 1990 and 2100 in its unit");
        }
        return nanos;
    }

    /** An optional ns epoch time; null when absent, null or 0. */
    static Long optionalEpochNanos(JsonNode node, String field) throws InvalidRowException {
        Long value = optionalLong(node, field);
        return value == null || value == 0 ? null : epochNanos(node, field, 1);
    }

    /** A required decimal, which must be {@code > 0} when {@code positive}, else {@code >= 0}. */
    static double decimal(JsonNode node, String field, boolean positive) throws InvalidRowException {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new InvalidRowException("missing or non-numeric field " + field + ": " + value);
        }
        double d = value.decimalValue().doubleValue();
        if (positive ? !(d > 0) : !(d >= 0)) {
            throw new InvalidRowException(field + " must be " + (positive ? "> 0" : ">= 0") + ", was " + value);
        }
        return d;
    }

    /** An optional int field. */
    static Integer optionalInt(JsonNode node, String field) throws InvalidRowException {
        Long value = optionalLong(node, field);
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new InvalidRowException(field + " is out of range: " + value);
        }
        return value == null ? null : value.intValue();
    }

    /** An optional array of ints; empty when absent. */
    static List<Integer> intList(JsonNode node, String field) throws InvalidRowException {
        List<Integer> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return values;
        }
        if (!array.isArray()) {
            throw new InvalidRowException(field + " is not an array: " + array);
        }
        for (JsonNode item : array) {
            if (!item.canConvertToInt() || !item.isIntegralNumber() || item.intValue() < 0) {
                throw new InvalidRowException(field + " holds a code that is not a non-negative int: " + item);
            }
            values.add(item.intValue());
        }
        return values;
    }

    /** An optional text field (a number is taken as its text). */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
