package io.tickflow.producers.readers.parquet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * A top-level column of a Parquet file, found by one of several names.
 *
 * @param name  the column's name in the file
 * @param index its position among the top-level fields
 * @param type  its declared type (physical and logical)
 */
public record ParquetColumn(String name, int index, Type type) {

    /**
     * The first of {@code aliases} the schema holds. A one-letter alias must match exactly (Polygon's {@code T} is the
     * ticker and {@code t} the time); longer ones match ignoring case ({@code Ticker}, {@code PRICE}).
     */
    public static Optional<ParquetColumn> find(GroupType schema, List<String> aliases) {
        for (String alias : aliases) {
            for (int i = 0; i < schema.getFieldCount(); i++) {
                String name = schema.getFieldName(i);
                boolean same = alias.length() == 1 ? name.equals(alias)
                        : name.toLowerCase(Locale.ROOT).equals(alias.toLowerCase(Locale.ROOT));
                if (same) {
                    return Optional.of(new ParquetColumn(name, i, schema.getType(i)));
                }
            }
        }
        return Optional.empty();
    }
}
