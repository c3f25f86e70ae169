package io.tickflow.sinks.partition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MILLIS_PER_SECOND = 1_000L;

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
            return ZoneDays.of(zone).dateOf(epochSecondOf(time, logical));
        }
        throw new PartitionException("field " + field + " is " + schema.getType()
                + (logical == null ? "" : " " + logical.getName()) + ", not a date or timestamp");
    }

    /** The date in {@link #zone} of {@code instant}, through the zone's {@link ZoneDays} memo. */
    private LocalDate dateAt(Instant instant) {
        return ZoneDays.of(zone).dateOf(instant.getEpochSecond());
    }

    /** Whole seconds since the epoch (floored) of a timestamp in the units its logical type says. */
    private long epochSecondOf(long time, LogicalType logical) {
        if (logical == null || logical instanceof LogicalTypes.TimestampNanos) {
            return Math.floorDiv(time, NANOS_PER_SECOND);
        }
        if (logical instanceof LogicalTypes.TimestampMicros) {
            return Math.floorDiv(time, MICROS_PER_SECOND);
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return Math.floorDiv(time, MILLIS_PER_SECOND);
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
