package io.tickflow.producers.download;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ticker on one date, the unit of Polygon downloads (and of the seed's watchlist mode).
 *
 * @param ticker Polygon ticker, e.g. {@code BRK.B}
 * @param date   trade date (New York)
 */
public record TickerDay(String ticker, LocalDate date) implements Comparable<TickerDay> {

    public TickerDay {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(date, "date");
    }

    /** Date first, then ticker: downloads move forward in time like the seed's. */
    @Override
    public int compareTo(TickerDay other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : ticker.compareTo(other.ticker);
    }
}
