package io.tickflow.producers.readers.polygon;

import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.CLOSE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.HIGH;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.LOW;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.OPEN;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TICKER;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TRANSACTIONS;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.VOLUME;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.WINDOW_START;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Bar;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a Polygon minute aggregates flat file ({@code us_stocks_sip/minute_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz})
 * into {@link Bar} records, strictly: prices &gt; 0, {@code low <= open, close <= high}, volume &gt;= 0,
 * {@code window_start} in ns on a whole minute. The file has no VWAP column, so {@code vwap} is null.
 */
public final class PolygonMinuteAggsCsvReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "polygon-minute-aggs-csv";
    private static final List<String> REQUIRED = List.of(TICKER, VOLUME, OPEN, CLOSE, HIGH, LOW, WINDOW_START);
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    /**
     * Reads one file lazily.
     *
     * @return counts that add up: read = accepted + rejected
     */
    public ReadStats read(Path file, Consumer<? super Bar> onBar, DeadLetterSink rejects) {
        String source = file.toString();
        return new CsvFileReader<>(FORMAT, REQUIRED, row -> parse(row, source)).read(file, onBar, rejects);
    }

    static Bar parse(CsvRow row, String source) throws InvalidRowException {
        String ticker = row.requiredText(TICKER);
        long windowStart = row.requiredEpochNanos(WINDOW_START);
        try {
            if (windowStart % NANOS_PER_MINUTE != 0) {
                throw new InvalidRowException(WINDOW_START + " " + windowStart + " is not on a whole minute");
            }
            Bar bar = Bar.newBuilder()
                    .setTicker(ticker)
                    .setWindowStart(windowStart)
                    .setOpen(row.requiredPositiveDecimal(OPEN))
                    .setHigh(row.requiredPositiveDecimal(HIGH))
                    .setLow(row.requiredPositiveDecimal(LOW))
                    .setClose(row.requiredPositiveDecimal(CLOSE))
                    .setVolume(row.requiredNonNegativeDecimal(VOLUME))
                    .setVwap(null)
                    .setTransactions(row.optionalNonNegativeLong(TRANSACTIONS))
                    .setSource(source)
                    .build();
            checkRange(bar);
            return bar;
        } catch (InvalidRowException e) {
            throw e.withInputTs(windowStart);
        }
    }

    /** Rejects a bar whose open or close lies outside [low, high]; shared by every Polygon bar mapping. */
    static void checkRange(Bar bar) throws InvalidRowException {
        double low = bar.getLow();
        double high = bar.getHigh();
        boolean consistent = low <= high
                && low <= bar.getOpen() && bar.getOpen() <= high
                && low <= bar.getClose() && bar.getClose() <= high;
        if (!consistent) {
            throw new InvalidRowException("OHLC is inconsistent: open=" + bar.getOpen() + " high=" + high
                    + " low=" + low + " close=" + bar.getClose());
        }
    }
}
