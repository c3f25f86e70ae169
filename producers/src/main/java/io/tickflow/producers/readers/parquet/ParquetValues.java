package io.tickflow.producers.readers.parquet;

import io.tickflow.producers.readers.InvalidRowException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Typed values of one row's columns, whatever physical type the writer chose: a price may be a DOUBLE, a FLOAT, an
 * INT64 or a DECIMAL; a count an INT32 or an INT64. Null means the cell is null (or the column absent); a value of the
 * wrong kind is an {@link InvalidRowException} naming the column. Times are handled by {@link ParquetTimes}.
 */
public final class ParquetValues {

    private ParquetValues() {
    }

    /** True when the column is absent or the cell holds no value. */
    public static boolean isNull(Group row, ParquetColumn column) {
        return column == null || row.getFieldRepetitionCount(column.index()) == 0;
    }

    /** A number as a double; null when null. */
    public static Double decimal(Group row, ParquetColumn column) throws InvalidRowException {
        if (isNull(row, column)) {
            return null;
        }
        PrimitiveType type = primitive(column);
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        int i = column.index();
        if (logical instanceof DecimalLogicalTypeAnnotation dec) {
            return unscaled(row, column, type).movePointLeft(dec.getScale()).doubleValue();
        }
        return switch (type.getPrimitiveTypeName()) {
            case DOUBLE -> row.getDouble(i, 0);
            case FLOAT -> (double) row.getFloat(i, 0);
            case INT32 -> (double) row.getInteger(i, 0);
            case INT64 -> (double) row.getLong(i, 0);
            case BINARY -> parseDecimal(column, row.getString(i, 0));
            default -> throw wrongType(column, "a number");
        };
    }

    /** A whole number; null when null. A DOUBLE must be integral ({@code 100.0} is 100; {@code 100.5} is refused). */
    public static Long integer(Group row, ParquetColumn column) throws InvalidRowException {
        if (isNull(row, column)) {
            return null;
        }
        PrimitiveType type = primitive(column);
        int i = column.index();
        return switch (type.getPrimitiveTypeName()) {
            case INT32 -> (long) row.getInteger(i, 0);
            case INT64 -> row.getLong(i, 0);
            case DOUBLE, FLOAT -> integral(column, decimal(row, column));
            case BINARY -> integral(column, parseDecimal(column, row.getString(i, 0)));
            default -> throw wrongType(column, "a whole number");
        };
    }

    /** Text of a string column, or the decimal text of a number; null when null. */
    public static String text(Group row, ParquetColumn column) throws InvalidRowException {
        if (isNull(row, column)) {
            return null;
        }
        PrimitiveType type = primitive(column);
        return switch (type.getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY -> row.getString(column.index(), 0);
            case INT32, INT64 -> String.valueOf(integer(row, column));
            default -> throw wrongType(column, "text");
        };
    }

    /**
     * A list of non-negative ints: a LIST column (3-level as Polars and pyarrow write it, or 2-level), a repeated
     * int column, or text such as {@code "12,37"} or {@code "[12, 37]"}. Empty when null.
     */
    public static List<Integer> intList(Group row, ParquetColumn column) throws InvalidRowException {
        List<Integer> codes = new ArrayList<>();
        if (column == null) {
            return codes;
        }
        int count = row.getFieldRepetitionCount(column.index());
        if (column.type().isPrimitive()) {
            if (column.type().isRepetition(Type.Repetition.REPEATED)) {
                for (int k = 0; k < count; k++) {
                    codes.add(code(column, row.getValueToString(column.index(), k)));
                }
                return codes;
            }
            String text = count == 0 ? "" : row.getValueToString(column.index(), 0);
            for (String part : text.replaceAll("[\\[\\]\\s]", "").split(",")) {
                if (!part.isEmpty()) {
                    codes.add(code(column, part));
                }
            }
            return codes;
        }
        if (count > 0) {
            collectLeaves(row.getGroup(column.index(), 0), column, codes);
        }
        return codes;
    }

    private static void collectLeaves(Group group, ParquetColumn column, List<Integer> codes) throws InvalidRowException {
        for (int f = 0; f < group.getType().getFieldCount(); f++) {
            for (int k = 0; k < group.getFieldRepetitionCount(f); k++) {
                if (group.getType().getType(f).isPrimitive()) {
                    codes.add(code(column, group.getValueToString(f, k)));
                } else {
                    collectLeaves(group.getGroup(f, k), column, codes);
                }
            }
        }
    }

    private static int code(ParquetColumn column, String text) throws InvalidRowException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRowException(column.name() + " holds a code that is not a non-negative int: " + text);
    }

    static PrimitiveType primitive(ParquetColumn column) throws InvalidRowException {
        if (!column.type().isPrimitive()) {
            throw new InvalidRowException("column " + column.name() + " is a group, not a single value");
        }
        return column.type().asPrimitiveType();
    }

    private static BigDecimal unscaled(Group row, ParquetColumn column, PrimitiveType type) throws InvalidRowException {
        int i = column.index();
        return switch (type.getPrimitiveTypeName()) {
            case INT32 -> BigDecimal.valueOf(row.getInteger(i, 0));
            case INT64 -> BigDecimal.valueOf(row.getLong(i, 0));
            case BINARY, FIXED_LEN_BYTE_ARRAY -> new BigDecimal(new BigInteger(row.getBinary(i, 0).getBytes()));
            default -> throw wrongType(column, "a decimal");
        };
    }

    /** Little-endian int64 nanos of day, then int32 Julian day: the INT96 timestamp of Impala and old pandas. */
    static long int96Nanos(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong();
        int julianDay = bytes.getInt();
        long epochDay = julianDay - 2_440_588L; // Julian day number of 1970-01-01
        return Math.addExact(Math.multiplyExact(epochDay, 86_400_000_000_000L), nanosOfDay);
    }

    private static double parseDecimal(ParquetColumn column, String text) throws InvalidRowException {
        try {
            return new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidRowException(column.name() + " is not a number: " + text);
        }
    }

    /** {@code value} as a long when it is a whole number within 9e18; else an InvalidRowException naming the column. */
    public static long integral(ParquetColumn column, double value) throws InvalidRowException {
        if (value != Math.rint(value) || Math.abs(value) > 9.0e18) {
            throw new InvalidRowException(column.name() + " is not a whole number: " + value);
        }
        return (long) value;
    }

    static InvalidRowException wrongType(ParquetColumn column, String wanted) {
        return new InvalidRowException("column " + column.name() + " of type " + column.type()
                + " cannot hold " + wanted);
    }
}
