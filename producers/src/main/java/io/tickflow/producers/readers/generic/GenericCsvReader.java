package io.tickflow.producers.readers.generic;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a CSV file of trades or bars mapped by column names ({@link GenericCsvMapping}) into {@link Trade}
 * or {@link Bar} records. Rows may come in any order (Alpha Vantage exports are newest first), minutes may
 * be missing (sparse bars), lines may end in CRLF and the last one may lack its newline.
 *
 * <p>Spreadsheet debris is rejected with its own reason: rows whose only value is Excel's zero date
 * ({@code 12/29/1899} or {@code 12/30/1899}, 12,092 of them in {@code lev_daily.csv}).
 */
public final class GenericCsvReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "generic-csv";
    private static final Pattern EXCEL_ZERO_DATE = Pattern.compile("12/(29|30)/1899.*|1899-12-(29|30).*");

    private final GenericCsvMapping mapping;

    public GenericCsvReader(GenericCsvMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /** Reads a trades file; the mapping must be a trades mapping. */
    public ReadStats readTrades(Path file, Consumer<? super Trade> onTrade, DeadLetterSink rejects) {
        if (mapping.isBars()) {
            throw new IllegalStateException("the mapping describes bars, not trades");
        }
        String source = file.toString();
        return reader(row -> trade(row, source)).read(file, onTrade, rejects);
    }

    /** Reads a bars file; the mapping must be a bars mapping. */
    public ReadStats readBars(Path file, Consumer<? super Bar> onBar, DeadLetterSink rejects) {
        if (!mapping.isBars()) {
            throw new IllegalStateException("the mapping describes trades, not bars");
        }
        String source = file.toString();
        return reader(row -> bar(row, source)).read(file, onBar, rejects);
    }

    private <T> CsvFileReader<T> reader(io.tickflow.producers.readers.RowParser<T> parser) {
        return new CsvFileReader<>(FORMAT, CsvDialect.CSV, mapping.requiredColumns(), parser);
    }

    Trade trade(CsvRow row, String source) throws InvalidRowException {
        long ts = time(row);
        try {
            return Trade.newBuilder()
                    .setTicker(ticker(row))
                    .setSipTs(ts)
                    .setPrice(row.requiredPositiveDecimal(mapping.priceColumn()))
                    .setSize(row.requiredPositiveDecimal(mapping.sizeColumn()))
                    .setSource(source)
                    .build();
        } catch (InvalidRowException e) {
            throw e.withInputTs(ts);
        }
    }

    Bar bar(CsvRow row, String source) throws InvalidRowException {
        long ts = time(row);
        BarColumns c = mapping.bars();
        try {
            Bar bar = Bar.newBuilder()
                    .setTicker(ticker(row))
                    .setWindowStart(ts)
                    .setOpen(row.requiredPositiveDecimal(c.open()))
                    .setHigh(row.requiredPositiveDecimal(c.high()))
                    .setLow(row.requiredPositiveDecimal(c.low()))
                    .setClose(row.requiredPositiveDecimal(c.close()))
                    .setVolume(row.requiredNonNegativeDecimal(c.volume()))
                    .setVwap(c.vwap() == null || row.optionalText(c.vwap()) == null ? null : row.requiredPositiveDecimal(c.vwap()))
                    .setTransactions(c.transactions() == null ? null : row.optionalNonNegativeLong(c.transactions()))
                    .setSource(source)
                    .build();
            checkRange(bar);
            return bar;
        } catch (InvalidRowException e) {
            throw e.withInputTs(ts);
        }
    }

    private long time(CsvRow row) throws InvalidRowException {
        List<String> values = row.nonEmptyFields();
        if (values.size() == 1 && EXCEL_ZERO_DATE.matcher(values.get(0)).matches()) {
            throw new InvalidRowException("spreadsheet filler row: Excel's zero date " + values.get(0) + " and no values");
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String column : mapping.timeColumns()) {
            parts.add(row.requiredText(column));
        }
        return mapping.time().epochNanos(String.join(" ", parts));
    }

    private String ticker(CsvRow row) throws InvalidRowException {
        return mapping.ticker() != null ? mapping.ticker() : row.requiredText(mapping.tickerColumn());
    }

    private static void checkRange(Bar bar) throws InvalidRowException {
        double low = bar.getLow();
        double high = bar.getHigh();
        boolean consistent = low <= high && low <= bar.getOpen() && bar.getOpen() <= high
                && low <= bar.getClose() && bar.getClose() <= high;
        if (!consistent) {
            throw new InvalidRowException("OHLC is inconsistent: open=" + bar.getOpen() + " high=" + high
                    + " low=" + low + " close=" + bar.getClose());
        }
    }
}
