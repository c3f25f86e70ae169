package io.tickflow.producers.download;

import io.tickflow.producers.readers.detection.InputFormat;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One unit of download that is done or not as a whole: a FINRA day, an SEC half-month, a Polygon ticker-day
 * (all of its {@code next_url} pages).
 *
 * @param label    short name for reports, e.g. {@code finra 2020-01-02} or {@code AAPL 2021-07-22}
 * @param dir      folder of the raw layout the files land in, with its {@code _SUCCESS} marker
 * @param fileName name of the (first) file; pages after the first get {@code -page-NNNN} before the extension
 * @param uri      first URL, without any credential
 * @param format   reader that validates each file
 * @param ticker   ticker for readers that need one (Polygon v3 trades pages); null otherwise
 * @param paged    true to follow the {@code next_url} of Polygon pages
 * @param parquet  the Parquet file the pages become once all are fetched and validated; null to keep the files as
 *                 published
 */
public record DownloadTarget(String label, Path dir, String fileName, URI uri, InputFormat format, String ticker,
                             boolean paged, ParquetTarget parquet) {

    /** A target whose files are kept as published. */
    public DownloadTarget(String label, Path dir, String fileName, URI uri, InputFormat format, String ticker,
                          boolean paged) {
        this(label, dir, fileName, uri, format, ticker, paged, null);
    }

    public DownloadTarget {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(format, "format");
        if (parquet != null && ticker == null) {
            throw new IllegalArgumentException("a target converted to Parquet needs its ticker: " + label);
        }
    }

    /** Name of page {@code index} (0-based): the first keeps {@link #fileName}. */
    public String pageFileName(int index) {
        if (index == 0) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String ext = dot < 0 ? "" : fileName.substring(dot);
        return String.format("%s-page-%04d%s", stem, index, ext);
    }
}
