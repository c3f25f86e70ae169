package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of FINRA's bi-monthly short interest file.
 *
 * @param ticker                canonical ticker
 * @param settlementDate        settlement date the position refers to
 * @param shortInterest         open short position, shares
 * @param previousShortInterest position at the previous settlement date as the file states it; {@code null}
 *                              when the file lacks it
 * @param publishedNanos        dissemination time, ns since the epoch
 */
public record ShortInterestRecord(String ticker, LocalDate settlementDate, double shortInterest,
                                  Double previousShortInterest, long publishedNanos) implements PublishedRecord {
    public ShortInterestRecord {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(settlementDate, "settlementDate");
    }

    @Override
    public LocalDate referenceDate() {
        return settlementDate;
    }

    @Override
    public String subKey() {
        return "";
    }
}
