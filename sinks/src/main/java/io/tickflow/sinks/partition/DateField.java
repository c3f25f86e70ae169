package io.tickflow.sinks.partition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Reads a calendar date from one field of a record.
 *
 * <p>Accepted field types (a {@code ["null", T]} union counts as {@code T}):
 * <ul>
 *   <li>Avro {@code date} ({@code int}, days since 1970-01-01; a {@link LocalDate} in generated classes): that date.</li>
 *   <li>{@code long} without a logical type: nanoseconds since the epoch, the project's timestamp convention
 *       ({@code sip_ts}, {@code open_time}, {@code published_ts}); {@code timestamp-millis}, {@code -micros} and
 *       {@code -nanos} longs in their own units. A timestamp becomes its date in {@link #zone()}.</li>
 * </ul>
 * Anything else (a plain {@code int}, a string, a null value, a missing field) is a {@link PartitionException}.
 *
 * @param field field name, not null
 * @param zone  zone that turns timestamps into dates; exchange time is America/New_York
 */
public record DateField(String field, ZoneId zone) {

    /** Exchange time of US equities. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    public DateField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(zone, "zone");
    }

    /** A date field read in New York time. */
    public static DateField of(String field) {
        return new DateField(field, NEW_YORK);
    }

    /**
     * @throws PartitionException if the field is missing, null or of an unusable type
     */
    public LocalDate dateOf(GenericRecord record) {
        Schema.Field schemaField = record.getSchema().getField(field);
        if (schemaField == null) {
            throw new PartitionException("field " + field + " is missing");
        }
        Object value = record.get(schemaField.pos());
        if (value == null) {
            throw new PartitionException("field " + field + " is null");
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Instant instant) {
            return dateAt(instant);
        }
        return fromNumber(nonNull(schemaField.schema()), value);
    }

    private LocalDate fromNumber(Schema schema, Object value) {
        LogicalType logical = schema.getLogicalType();
        if (value instanceof Integer days && logical instanceof LogicalTypes.Date) {
            return LocalDate.ofEpochDay(days);
        }
        if (value instanceof Long time && schema.getType() == Schema.Type.LONG) {
            return dateAt(instantOf(time, logical));
        }
        throw new PartitionException("field " + field + " is " + schema.getType()
                + (logical == null ? "" : " " + logical.getName()) + ", not a date or timestamp");
    }

    /**
     * The date in {@link #zone} of {@code instant}: {@code instant.atZone(zone).toLocalDate()} without building a
     * {@code ZonedDateTime} for every record (the sink reads one date per record).
     */
    private LocalDate dateAt(Instant instant) {
        long offsetSeconds = zone.getRules().getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY));
    }

    private Instant instantOf(long time, LogicalType logical) {
        if (logical == null || logical instanceof LogicalTypes.TimestampNanos) {
            return Instant.ofEpochSecond(Math.floorDiv(time, NANOS_PER_SECOND), Math.floorMod(time, NANOS_PER_SECOND));
        }
        if (logical instanceof LogicalTypes.TimestampMicros) {
            return Instant.EPOCH.plus(time, ChronoUnit.MICROS);
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return Instant.ofEpochMilli(time);
        }
        throw new PartitionException("field " + field + " is long " + logical.getName() + ", not a timestamp");
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }
}
