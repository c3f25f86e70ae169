package io.tickflow.producers.download.parquet;

/**
 * What converting one ticker-day's pages gave.
 *
 * @param rows     rows written to the Parquet file (0: no file was written)
 * @param rejected results refused, each with its reason in the rejects sink
 */
public record ConversionResult(long rows, long rejected) {

    public ConversionResult {
        if (rows < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must be >= 0: rows=" + rows + " rejected=" + rejected);
        }
    }

    /** True when a Parquet file was written (at least one row). */
    public boolean written() {
        return rows > 0;
    }
}
