package io.tickflow.sinks.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * Random generic records of any schema the tickflow topics use, seeded so every run writes the same records: nulls
 * in a third of the optional fields, strings empty, ASCII or non-ASCII (accents, CJK, an emoji outside the BMP, an
 * unpaired surrogate) held as {@link Utf8} or {@link String} alike, empty and non-empty arrays and maps, null map values, and the doubles
 * that differ bit for bit ({@code -0.0}, NaN, infinities).
 */
final class RandomRecords {

    private static final String[] STRINGS = {"", "AAPL", "ABR.PRA", "BRK/B", "Zürich", "東京", "🚀 moon", "a\u0000b",
        "lone \ud800 surrogate"};
    private static final double[] DOUBLES = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300};
    private final Random random;
    private final int stringChoices;

    /** Records using every string above. */
    RandomRecords(long seed) {
        this(seed, STRINGS.length);
    }

    private RandomRecords(long seed, int stringChoices) {
        this.random = new Random(seed);
        this.stringChoices = stringChoices;
    }

    /** Records that read back equal: without the unpaired surrogate, which UTF-8 encoding turns into '?'. */
    static RandomRecords roundTripping(long seed) {
        return new RandomRecords(seed, STRINGS.length - 1);
    }

    List<GenericRecord> of(Schema schema, int count) {
        List<GenericRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(schema));
        }
        return records;
    }

    private GenericRecord record(Schema schema) {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(field.schema()));
        }
        return record;
    }

    private Object value(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> random.nextInt(3) == 0 ? null : value(nonNull(schema));
            case LONG -> random.nextBoolean() ? random.nextLong() : 1_700_000_000_000_000_000L + random.nextInt(1000);
            case INT -> random.nextBoolean() ? random.nextInt() : random.nextInt(40);
            case DOUBLE -> random.nextInt(4) == 0 ? DOUBLES[random.nextInt(DOUBLES.length)] : random.nextDouble() * 500;
            case BOOLEAN -> random.nextBoolean();
            case STRING -> string();
            case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(
                    random.nextInt(schema.getEnumSymbols().size())));
            case ARRAY -> array(schema);
            case MAP -> map(schema);
            default -> throw new IllegalArgumentException("no random values of " + schema);
        };
    }

    private Object string() {
        String s = random.nextInt(4) == 0
                ? Long.toString(random.nextLong(), 36) : STRINGS[random.nextInt(stringChoices)];
        return random.nextBoolean() ? new Utf8(s) : s;
    }

    private GenericData.Array<Object> array(Schema schema) {
        int size = random.nextInt(4);
        GenericData.Array<Object> array = new GenericData.Array<>(size, schema);
        for (int i = 0; i < size; i++) {
            array.add(value(schema.getElementType()));
        }
        return array;
    }

    private Map<Utf8, Object> map(Schema schema) {
        Map<Utf8, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            map.put(new Utf8("k" + random.nextInt(10) + STRINGS[random.nextInt(stringChoices)]),
                    value(schema.getValueType()));
        }
        return map;
    }

    private static Schema nonNull(Schema union) {
        return union.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow();
    }
}
