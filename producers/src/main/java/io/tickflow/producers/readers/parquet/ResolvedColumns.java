package io.tickflow.producers.readers.parquet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.GroupType;

/**
 * Which column of one file holds each wanted field.
 *
 * @param <F> the enum of wanted fields
 */
public final class ResolvedColumns<F extends Enum<F> & ColumnAliases> {

    private final Map<F, ParquetColumn> columns;
    private final List<String> missing;

    private ResolvedColumns(Map<F, ParquetColumn> columns, List<String> missing) {
        this.columns = columns;
        this.missing = missing;
    }

    /** Looks every field of {@code fields} up in {@code schema}. */
    public static <F extends Enum<F> & ColumnAliases> ResolvedColumns<F> resolve(GroupType schema, Class<F> fields) {
        Map<F, ParquetColumn> found = new EnumMap<>(fields);
        List<String> missing = new ArrayList<>();
        for (F field : fields.getEnumConstants()) {
            ParquetColumn.find(schema, field.aliases()).ifPresentOrElse(c -> found.put(field, c), () -> {
                if (field.required()) {
                    missing.add(field.name().toLowerCase(java.util.Locale.ROOT) + " (one of " + field.aliases() + ")");
                }
            });
        }
        return new ResolvedColumns<>(found, List.copyOf(missing));
    }

    /** The column of {@code field}, or null when the file has none. */
    public ParquetColumn get(F field) {
        return columns.get(field);
    }

    /** Required fields the file lacks, described with their accepted names; empty when usable. */
    public List<String> missing() {
        return missing;
    }
}
