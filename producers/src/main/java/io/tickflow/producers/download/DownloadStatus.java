package io.tickflow.producers.download;

/** What happened to one download target; each is reported and counted apart. */
public enum DownloadStatus {
    /** Fetched, validated by its reader, renamed into place and marked {@code _SUCCESS}. */
    DONE,
    /** Already marked {@code _SUCCESS} by an earlier run: nothing was requested. */
    SKIPPED,
    /** HTTP 404: the source publishes no file for that date (weekend, holiday, not yet released). */
    NO_FILE,
    /** HTTP 403 (or 401): the server refuses us (anti-scraping CDN, bad or missing API key). */
    BLOCKED,
    /** A 200 whose body the reader rejects as a whole (an HTML error page served as data, a cut file). */
    INVALID,
    /** Retries exhausted on 429, 5xx or timeouts, or any other unexpected answer. */
    FAILED
}
