package io.tickflow.producers.download;

/** What becomes of a ticker-day's Polygon JSON pages once they are converted into the partition's Parquet file. */
public enum JsonPages {
    /** Kept next to the Parquet file, as fetched ({@code trades.json}, {@code trades-page-0001.json}, …). */
    KEEP,
    /** Deleted: the partition holds only the Parquet file, as in the seed's layout. */
    DELETE
}
