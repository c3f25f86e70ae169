package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of an SEC fails-to-deliver file.
 *
 * @param ticker         canonical ticker
 * @param settlementDate settlement date of the fails
 * @param cusip          CUSIP (a ticker may have more than one row a day, one per CUSIP)
 * @param quantity       shares failed, {@code >= 0}
 * @param price          the SEC's price, USD; {@code null} where the file has {@code .}
 * @param publishedNanos release time of the half-month file, ns since the epoch
 */
public record FailsRecord(String ticker, LocalDate settlementDate, String cusip, long quantity, Double price,
                          long publishedNanos) implements PublishedRecord {
    public FailsRecord {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(cusip, "cusip");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must be >= 0, was " + quantity);
        }
    }

    @Override
    public LocalDate referenceDate() {
        return settlementDate;
    }

    @Override
    public String subKey() {
        return cusip;
    }
}
