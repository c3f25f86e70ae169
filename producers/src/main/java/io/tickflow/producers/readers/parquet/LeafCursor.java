package io.tickflow.producers.readers.parquet;

import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The entries one leaf column holds for the current row, read straight off parquet-java's {@link ColumnReader}: no
 * row object, no boxing. A non-repeated column has exactly one entry per row; a repeated one (a LIST's elements) has
 * one per element, or one null entry for an empty or null list.
 *
 * <p>Values are kept by physical type: INT32, INT64 and BOOLEAN (as 0/1) in longs, FLOAT and DOUBLE in doubles (a
 * float widens to a double exactly), BINARY, FIXED_LEN_BYTE_ARRAY and INT96 as {@link Binary}, which may point into
 * the page and is valid until the next row only.
 */
public final class LeafCursor {

    private final PrimitiveTypeName type;
    private final int maxDefinition;
    private ColumnReader reader;
    private int entries;
    private int[] definitions = new int[1];
    private long[] longs = new long[1];
    private double[] doubles = new double[1];
    private Binary[] binaries = new Binary[1];

    LeafCursor(ColumnDescriptor column) {
        this.type = column.getPrimitiveType().getPrimitiveTypeName();
        this.maxDefinition = column.getMaxDefinitionLevel();
    }

    /** Reads from {@code columnReader} from now on: the same leaf in the next row group. */
    void bind(ColumnReader columnReader) {
        this.reader = columnReader;
    }

    /** Reads the current row's entries: up to the next entry whose repetition level is 0 (a new row, or the end). */
    void readRow() {
        entries = 0;
        do {
            readEntry();
            reader.consume();
        } while (reader.getCurrentRepetitionLevel() > 0);
    }

    private void readEntry() {
        if (entries == definitions.length) {
            int size = entries * 2;
            definitions = Arrays.copyOf(definitions, size);
            longs = Arrays.copyOf(longs, size);
            doubles = Arrays.copyOf(doubles, size);
            binaries = Arrays.copyOf(binaries, size);
        }
        int definition = reader.getCurrentDefinitionLevel();
        definitions[entries] = definition;
        // a defined value must be read before consume(): the reader does not skip an unread one
        if (definition == maxDefinition) {
            switch (type) {
                case INT32 -> longs[entries] = reader.getInteger();
                case INT64 -> longs[entries] = reader.getLong();
                case BOOLEAN -> longs[entries] = reader.getBoolean() ? 1 : 0;
                case FLOAT -> doubles[entries] = reader.getFloat();
                case DOUBLE -> doubles[entries] = reader.getDouble();
                default -> binaries[entries] = reader.getBinary();
            }
        }
        entries++;
    }

    /** The leaf's physical type. */
    public PrimitiveTypeName type() {
        return type;
    }

    /** True when the row's first entry holds no value: a null cell of a non-repeated column. */
    public boolean isNull() {
        return definitions[0] < maxDefinition;
    }

    /** The first entry's INT32, INT64 or BOOLEAN value; meaningless when {@link #isNull()}. */
    public long longValue() {
        return longs[0];
    }

    /** The first entry's FLOAT or DOUBLE value; meaningless when {@link #isNull()}. */
    public double doubleValue() {
        return doubles[0];
    }

    /** The first entry's BINARY, FIXED_LEN_BYTE_ARRAY or INT96 value, valid until the next row; null when null. */
    public Binary binaryValue() {
        return binaries[0];
    }

    /** Entries in the current row (at least 1). */
    public int entries() {
        return entries;
    }

    /** True when entry {@code k} holds a value (a list element that is not null). */
    public boolean presentAt(int k) {
        return definitions[k] == maxDefinition;
    }

    /** Entry {@code k}'s INT32, INT64 or BOOLEAN value. */
    public long longAt(int k) {
        return longs[k];
    }

    int definitionAt(int k) {
        return definitions[k];
    }

    /** Adds entry {@code k}'s value to {@code group}'s field {@code field}, as parquet-java's Group converter does. */
    void addValueTo(Group group, int field, int k) {
        switch (type) {
            case INT32 -> group.add(field, (int) longs[k]);
            case INT64 -> group.add(field, longs[k]);
            case BOOLEAN -> group.add(field, longs[k] != 0);
            case FLOAT -> group.add(field, (float) doubles[k]);
            case DOUBLE -> group.add(field, doubles[k]);
            default -> group.add(field, binaries[k]);
        }
    }
}
