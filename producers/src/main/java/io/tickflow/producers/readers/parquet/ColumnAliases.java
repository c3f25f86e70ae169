package io.tickflow.producers.readers.parquet;

import java.util.List;

/** A field a reader wants from a Parquet file, with the column names writers have used for it. */
public interface ColumnAliases {

    /** Names to look for, most usual first. */
    List<String> aliases();

    /** True when a file without any of the names is rejected whole. */
    boolean required();
}
