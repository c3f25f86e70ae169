package io.tickflow.producers.readers;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row, with strict typed access to its fields by column name. Every accessor rejects what a
 * lenient parser would silently accept: {@code NaN}, {@code Infinity}, hex floats, {@code 1.0} where an
 * integer is due, timestamps in the wrong unit.
 *
 * <p>"Optional" accessors return null for an empty field or a column the file lacks; "required" ones
 * reject both.
 */
public final class CsvRow {

    /** 1990-01-01T00:00Z and 2100-01-01T00:00Z in ns: anything outside is in another unit or garbage. */
    private static final long MIN_EPOCH_NANOS = 631_152_000L * 1_000_000_000L;
    private static final long MAX_EPOCH_NANOS = 4_102_444_800L * 1_000_000_000L;

    private final CsvHeader header;
    private final List<String> fields;

    /**
     * @throws InvalidRowException when the row has another number of fields than the header
     */
    public CsvRow(CsvHeader header, List<String> fields) throws InvalidRowException {
        if (fields.size() != header.size()) {
            throw new InvalidRowException("expected " + header.size() + " fields as in the header, found " + fields.size());
        }
        this.header = header;
        this.fields = fields;
    }

    /** The non-empty fields of the row, in file order (to recognise filler rows). */
    public List<String> nonEmptyFields() {
        return fields.stream().filter(f -> !f.isEmpty()).toList();
    }

    /** The text of a column, or null when the column is absent or the field empty. */
    public String optionalText(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            return null;
        }
        String value = fields.get(index);
        return value.isEmpty() ? null : value;
    }

    /** The non-empty text of a required column. */
    public String requiredText(String column) throws InvalidRowException {
        String value = optionalText(column);
        if (value == null) {
            throw new InvalidRowException("missing required field " + column);
        }
        return value;
    }

    /** A required decimal that must be strictly positive and finite (prices, sizes). */
    public double requiredPositiveDecimal(String column) throws InvalidRowException {
        String text = requiredText(column);
        double value = decimal(column, text);
        if (!(value > 0)) {
            throw new InvalidRowException(column + " must be > 0, was " + text);
        }
        return value;
    }

    /** A required decimal that must be zero or more (volumes). */
    public double requiredNonNegativeDecimal(String column) throws InvalidRowException {
        String text = requiredText(column);
        double value = decimal(column, text);
        if (value < 0) {
            throw new InvalidRowException(column + " must be >= 0, was " + text);
        }
        return value;
    }

    /** A required integer that must be zero or more (quantities). */
    public long requiredNonNegativeLong(String column) throws InvalidRowException {
        requiredText(column);
        return optionalNonNegativeLong(column);
    }

    /** An optional integer that must be zero or more; null when empty or absent. */
    public Long optionalNonNegativeLong(String column) throws InvalidRowException {
        String text = optionalText(column);
        if (text == null) {
            return null;
        }
        long value = integer(column, text);
        if (value < 0) {
            throw new InvalidRowException(column + " must be >= 0, was " + text);
        }
        return value;
    }

    /** An optional integer in {@code [min, max]}; null when empty or absent. */
    public Integer optionalIntInRange(String column, int min, int max) throws InvalidRowException {
        Long value = optionalNonNegativeLong(column);
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            throw new InvalidRowException(column + " must be within [" + min + ", " + max + "], was " + value);
        }
        return value.intValue();
    }

    /** A required epoch timestamp in nanoseconds, parsed exactly as a long. */
    public long requiredEpochNanos(String column) throws InvalidRowException {
        return epochNanos(column, requiredText(column));
    }

    /**
     * An optional epoch timestamp in nanoseconds. Empty, absent and {@code 0} all give null: Polygon
     * writes {@code 0} in {@code trf_timestamp} for prints that did not go through a TRF.
     */
    public Long optionalEpochNanos(String column) throws InvalidRowException {
        String text = optionalText(column);
        return text == null || text.equals("0") ? null : epochNanos(column, text);
    }

    /** An optional list of non-negative integers separated by commas; empty list when empty or absent. */
    public List<Integer> integerList(String column) throws InvalidRowException {
        String text = optionalText(column);
        List<Integer> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        for (String part : text.split(",", -1)) {
            long value = integer(column, part.trim());
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new InvalidRowException(column + " holds a code out of range: " + part);
            }
            values.add((int) value);
        }
        return values;
    }

    private static double decimal(String column, String text) throws InvalidRowException {
        if (!NumberText.isDecimal(text)) {
            throw new InvalidRowException(column + " is not a decimal number: '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new InvalidRowException(column + " is out of range: " + text);
        }
        return value;
    }

    private static long integer(String column, String text) throws InvalidRowException {
        if (!NumberText.isInteger(text)) {
            throw new InvalidRowException(column + " is not an integer: '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidRowException(column + " is out of the 64-bit range: " + text);
        }
    }

    /** True for a nanosecond epoch timestamp between 1990 and 2100, the range every timestamp column must be in. */
    public static boolean isEpochNanos(long value) {
        return value >= MIN_EPOCH_NANOS && value <= MAX_EPOCH_NANOS;
    }

    private static long epochNanos(String column, String text) throws InvalidRowException {
        long value = integer(column, text);
        if (!isEpochNanos(value)) {
            throw new InvalidRowException(column + " " + text
                    + " is not a nanosecond timestamp between 1990 and 2100 (seconds or milliseconds?)");
        }
        return value;
    }
}
