package io.tickflow.producers.readers.polygon;

import java.util.List;
import java.util.Random;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Fills trade rows of any schema with random cells, chosen by column name: mostly clean values, and now and then a
 * null, a zero, a negative, a NaN, an out-of-range time or code, a bad ticker, an empty or null list, a null element.
 * Test data for comparing the column path with the row path, which must agree on every one of them.
 */
final class RandomTradeCells {

    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;
    private static final List<String> TIMES = List.of("sip_timestamp", "t", "ts", "participant_timestamp", "y",
            "trf_timestamp", "f");
    private static final List<String> TICKERS = List.of("AAME", "AAME", "AAME", "AAME", "AAME", "AAME", "BRK.A",
            "MSFT", "", " ", "bad ticker!");
    private static final long[] UNITS = {1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private final Random random;
    private final long openNanos;

    RandomTradeCells(Random random, long openNanos) {
        this.random = random;
        this.openNanos = openNanos;
    }

    /** Fills every field of {@code row}; returns it. */
    Group row(Group row) {
        GroupType type = row.getType();
        for (int i = 0; i < type.getFieldCount(); i++) {
            Type field = type.getType(i);
            if (!field.isPrimitive()) {
                list(row, field.asGroupType());
            } else if (field.isRepetition(Type.Repetition.REPEATED)) {
                for (int k = random.nextInt(4); k > 0; k--) {
                    add(row, field, code());
                }
            } else if (field.isRepetition(Type.Repetition.REQUIRED) || random.nextInt(12) != 0) {
                add(row, field, value(field));
            }
        }
        return row;
    }

    private void list(Group row, GroupType field) {
        if (!field.isRepetition(Type.Repetition.REQUIRED) && random.nextInt(10) == 0) {
            return; // a null list
        }
        Group list = row.addGroup(field.getName());
        Type inner = field.getType(0);
        for (int k = random.nextInt(4); k > 0; k--) {
            if (inner.isPrimitive()) {
                add(list, inner, code());
            } else {
                Group element = list.addGroup(inner.getName());
                Type leaf = inner.asGroupType().getType(0);
                if (leaf.isRepetition(Type.Repetition.REQUIRED) || random.nextInt(8) != 0) {
                    add(element, leaf, code());
                }
            }
        }
    }

    private Object value(Type field) {
        String name = field.getName();
        if (TIMES.contains(name)) {
            return time(field);
        }
        return switch (name) {
            case "price", "p" -> pick(1 + random.nextInt(10_000) / 100.0, 0.0, -1.5, Double.NaN, Double.POSITIVE_INFINITY);
            case "size", "s" -> pick(100.0 * (1 + random.nextInt(20)), 0.0, -100.0, 12.5, Double.NaN);
            case "tape", "z" -> pick(1 + random.nextInt(3), 0, 4, -1, 2.5);
            case "ticker", "T" -> TICKERS.get(random.nextInt(TICKERS.size()));
            case "id", "trade_id" -> pick(String.valueOf(random.nextInt(100_000)), "x7Q", "12", "ab cd");
            default -> pick(random.nextInt(40), 0, -1, 3_000_000_000L, 7.5);
        };
    }

    /** A time in the unit of the column: mostly on the folder's day, else 0, the next day, or no time at all. */
    private Object time(Type field) {
        long nanos = pick(openNanos + (long) (random.nextDouble() * 6.5 * NANOS_PER_HOUR), 0L,
                openNanos + 20 * NANOS_PER_HOUR, openNanos - 20 * NANOS_PER_HOUR, 1_000L);
        if (field.getLogicalTypeAnnotation() instanceof TimestampLogicalTypeAnnotation ts) {
            return switch (ts.getUnit()) {
                case MILLIS -> nanos / 1_000_000L;
                case MICROS -> nanos / 1_000L;
                case NANOS -> nanos;
            };
        }
        return nanos / UNITS[random.nextInt(UNITS.length)]; // a plain int64: s, ms, us or ns
    }

    private Object code() {
        return pick(random.nextInt(60), -1, 5_000_000_000L, 2_147_483_647L);
    }

    /** The first value 90 % of the time, else one of the others. */
    @SafeVarargs
    private <T> T pick(T usual, T... odd) {
        return random.nextInt(100) < 90 ? usual : odd[random.nextInt(odd.length)];
    }

    private static void add(Group group, Type field, Object value) {
        String name = field.getName();
        switch (field.asPrimitiveType().getPrimitiveTypeName()) {
            case INT32 -> group.add(name, ((Number) value).intValue());
            case INT64 -> group.add(name, value instanceof Number n ? n.longValue() : (long) value.hashCode());
            case FLOAT -> group.add(name, ((Number) value).floatValue());
            case DOUBLE -> group.add(name, ((Number) value).doubleValue());
            case FIXED_LEN_BYTE_ARRAY -> group.add(name, Binary.fromString(
                    (String.valueOf(value) + "????").substring(0, field.asPrimitiveType().getTypeLength())));
            default -> group.add(name, Binary.fromString(String.valueOf(value)));
        }
    }
}
