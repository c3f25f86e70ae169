package io.tickflow.producers.download;

import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The file of the seed's Parquet layout that a Polygon ticker-day's pages become once they are all downloaded and
 * validated: {@code trades.parquet}, {@code minute.parquet} or {@code ohlcv.parquet} in the target's folder, with
 * rejected rows in {@code <stem>.rejects.csv} beside it.
 *
 * @param kind what the partition holds; its {@link Kind#fileName()} names the file
 * @param date the session date of the {@code date=D} folder; a row on another New York date is rejected, as
 *             {@link io.tickflow.producers.readers.polygon.PolygonParquetReader} would reject it when reading
 */
public record ParquetTarget(Kind kind, LocalDate date) {

    /** Suffix of a file being written; such a file is never read as data (no {@code *.parquet} glob matches it). */
    public static final String WRITING_SUFFIX = ".tmp";

    public ParquetTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    /** The published name, e.g. {@code trades.parquet}. */
    public String fileName() {
        return kind.fileName();
    }

    /** The name written to before the rename, e.g. {@code trades.parquet.tmp}. */
    public String writingName() {
        return kind.fileName() + WRITING_SUFFIX;
    }

    /** The rejects file beside the Parquet file, e.g. {@code trades.rejects.csv}. */
    public String rejectsName() {
        String name = kind.fileName();
        return name.substring(0, name.lastIndexOf('.')) + ".rejects.csv";
    }
}
