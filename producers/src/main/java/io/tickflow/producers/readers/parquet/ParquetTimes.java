package io.tickflow.producers.readers.parquet;

import io.tickflow.producers.readers.InvalidRowException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A time column's cell as ns since the epoch, whatever the writer stored:
 * <ul>
 *   <li>INT64 {@code TIMESTAMP(MILLIS|MICROS|NANOS)}: scaled by its unit. A timestamp not adjusted to UTC (what Polars
 *       writes for a naive {@code Datetime}, e.g. after {@code pl.from_epoch}) is taken as UTC, as {@code from_epoch}
 *       produces it;</li>
 *   <li>plain INT64 (Polygon's raw {@code t}, {@code sip_timestamp}): the unit is told by magnitude, which is
 *       unambiguous between 1990 and 2100 (s ~10^9, ms ~10^12, us ~10^15, ns ~10^18);</li>
 *   <li>INT96 (Impala, old pandas): Julian day and nanos of day;</li>
 *   <li>INT32 {@code DATE} or ISO text: a date is its midnight in the given zone; text with an offset is exact.</li>
 * </ul>
 * Values outside 1990–2100 are refused: they are another unit or garbage.
 */
public final class ParquetTimes {

    private static final long MIN_NANOS = 631_152_000L * 1_000_000_000L;
    private static final long MAX_NANOS = 4_102_444_800L * 1_000_000_000L;
    private static final long[] UNIT_GUESSES = {1L, 1_000L, 1_000_000L, 1_000_000_000L};

    private ParquetTimes() {
    }

    /**
     * @param dateZone zone whose midnight a date-only value stands for
     * @return ns since the epoch, or null when the cell is null
     */
    public static Long epochNanos(Group row, ParquetColumn column, ZoneId dateZone) throws InvalidRowException {
        if (ParquetValues.isNull(row, column)) {
            return null;
        }
        PrimitiveType type = ParquetValues.primitive(column);
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        int i = column.index();
        long nanos = switch (type.getPrimitiveTypeName()) {
            case INT64 -> int64Nanos(column, row.getLong(i, 0));
            case INT96 -> ParquetValues.int96Nanos(row.getInt96(i, 0));
            case INT32 -> {
                if (!(logical instanceof DateLogicalTypeAnnotation)) {
                    throw ParquetValues.wrongType(column, "a time (an INT32 must be a DATE)");
                }
                yield midnight(LocalDate.ofEpochDay(row.getInteger(i, 0)), dateZone);
            }
            case BINARY -> parsed(column, row.getString(i, 0), dateZone);
            default -> throw ParquetValues.wrongType(column, "a time");
        };
        if (!inRange(nanos)) {
            throw new InvalidRowException(column.name() + " " + row.getValueToString(i, 0)
                    + " is not a time between 1990 and 2100");
        }
        return nanos;
    }

    /**
     * An INT64 time column's value in ns: scaled by its {@code TIMESTAMP} unit, or, when it has none, the unit told by
     * magnitude. Not yet checked with {@link #inRange}.
     *
     * @throws InvalidRowException when the value overflows in ns or is no time in any unit
     */
    public static long int64Nanos(ParquetColumn column, long value) throws InvalidRowException {
        return column.type().getLogicalTypeAnnotation() instanceof TimestampLogicalTypeAnnotation ts
                ? scaled(column, value, ts.getUnit()) : guessedUnit(column, value);
    }

    /** True for ns between 1990 and 2100, the times a reader accepts. */
    public static boolean inRange(long nanos) {
        return nanos >= MIN_NANOS && nanos <= MAX_NANOS;
    }

    private static long scaled(ParquetColumn column, long value, LogicalTypeAnnotation.TimeUnit unit)
            throws InvalidRowException {
        try {
            return switch (unit) {
                case NANOS -> value;
                case MICROS -> Math.multiplyExact(value, 1_000L);
                case MILLIS -> Math.multiplyExact(value, 1_000_000L);
            };
        } catch (ArithmeticException e) {
            throw new InvalidRowException(column.name() + " " + value + " overflows 64 bits in ns");
        }
    }

    private static long guessedUnit(ParquetColumn column, long value) throws InvalidRowException {
        for (long factor : UNIT_GUESSES) {
            if (value <= MAX_NANOS / factor && value * factor >= MIN_NANOS) {
                return value * factor;
            }
        }
        throw new InvalidRowException(column.name() + " " + value
                + " is no time between 1990 and 2100 in s, ms, us or ns");
    }

    private static long parsed(ParquetColumn column, String text, ZoneId dateZone) throws InvalidRowException {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return midnight(LocalDate.parse(t), dateZone);
            }
            OffsetDateTime time = OffsetDateTime.parse(t.replace(' ', 'T'));
            return Math.addExact(Math.multiplyExact(time.toEpochSecond(), 1_000_000_000L), time.getNano());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidRowException(column.name() + " is not an ISO date or a time with an offset: " + text);
        }
    }

    private static long midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toEpochSecond() * 1_000_000_000L;
    }
}
