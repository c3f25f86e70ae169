package io.tickflow.core.shortdata;

import java.time.LocalDate;

/**
 * A short-data record as the point-in-time join sees it: whose it is, the date it refers to, and when it became
 * public (DESIGN.md "Short data features, point in time"). Joins use {@link #publishedNanos()}, never the
 * reference date.
 */
public interface PublishedRecord {
    /** Canonical ticker. */
    String ticker();

    /** Trade date (short volume) or settlement date (fails, short interest). */
    LocalDate referenceDate();

    /** Key telling apart records of one ticker and reference date (facility, CUSIP); empty when there is one. */
    String subKey();

    /** When the record became public, ns since the epoch, from the publication-lag table. */
    long publishedNanos();

    /** Whether the record was public strictly before {@code asOfNanos}: a row at t0 sees only what was. */
    default boolean publicBefore(long asOfNanos) {
        return publishedNanos() < asOfNanos;
    }
}
