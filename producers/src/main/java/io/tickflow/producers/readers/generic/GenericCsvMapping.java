package io.tickflow.producers.readers.generic;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a CSV file of trades or bars maps to tickflow's records, by column name (the command line's
 * {@code --time-column}, {@code --time-format}, {@code --price-column}, {@code --size-column}, {@code --ticker}).
 *
 * @param timeColumns  one column, or several joined with a space before parsing (AlgoSeek's
 *                     {@code Date} + {@code TimeBarStart})
 * @param time         how the joined text becomes an instant
 * @param ticker       fixed ticker for every row; null when {@code tickerColumn} names one
 * @param tickerColumn column holding the ticker; null when {@code ticker} is fixed
 * @param priceColumn  trade price (trades only; null for bars)
 * @param sizeColumn   trade size (trades only; null for bars)
 * @param bars         bar columns; null for a trades file
 */
public record GenericCsvMapping(List<String> timeColumns, TimeFormat time, String ticker, String tickerColumn,
                                String priceColumn, String sizeColumn, BarColumns bars) {

    public GenericCsvMapping {
        timeColumns = List.copyOf(timeColumns);
        Objects.requireNonNull(time, "time");
        if (timeColumns.isEmpty()) {
            throw new IllegalArgumentException("a time column is required");
        }
        if ((ticker == null) == (tickerColumn == null)) {
            throw new IllegalArgumentException("give either a fixed ticker or a ticker column, not both or neither");
        }
        if (bars == null && (priceColumn == null || sizeColumn == null)) {
            throw new IllegalArgumentException("a trades mapping needs a price and a size column");
        }
    }

    /** A trades mapping. */
    public static GenericCsvMapping trades(List<String> timeColumns, TimeFormat time, String ticker,
                                           String priceColumn, String sizeColumn) {
        return new GenericCsvMapping(timeColumns, time, ticker, null, priceColumn, sizeColumn, null);
    }

    /** A bars mapping with a fixed ticker. */
    public static GenericCsvMapping bars(List<String> timeColumns, TimeFormat time, String ticker, BarColumns bars) {
        return new GenericCsvMapping(timeColumns, time, ticker, null, null, null, bars);
    }

    /** True when rows are bars rather than trades. */
    public boolean isBars() {
        return bars != null;
    }

    /** The same mapping with a fixed ticker. */
    public GenericCsvMapping withTicker(String fixed) {
        return new GenericCsvMapping(timeColumns, time, fixed, null, priceColumn, sizeColumn, bars);
    }

    /** Columns the header must hold. */
    List<String> requiredColumns() {
        List<String> required = new ArrayList<>(timeColumns);
        if (tickerColumn != null) {
            required.add(tickerColumn);
        }
        required.addAll(isBars() ? bars.required() : List.of(priceColumn, sizeColumn));
        return required;
    }

    /** The zone local times are read in. */
    public ZoneId zone() {
        return time.zone();
    }
}
