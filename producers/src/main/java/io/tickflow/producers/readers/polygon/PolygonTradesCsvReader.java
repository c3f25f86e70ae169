package io.tickflow.producers.readers.polygon;

import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.CONDITIONS;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.CORRECTION;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.EXCHANGE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.ID;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.PARTICIPANT_TIMESTAMP;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.PRICE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.SEQUENCE_NUMBER;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.SIP_TIMESTAMP;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.SIZE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TAPE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TICKER;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TRF_ID;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TRF_TIMESTAMP;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a Polygon trades flat file ({@code us_stocks_sip/trades_v1/YYYY/MM/YYYY-MM-DD.csv.gz}, or the
 * same content uncompressed) into {@link Trade} records, strictly.
 *
 * <p>Required per row: {@code ticker}, {@code sip_timestamp} (ns, exact), {@code price} and {@code size}
 * (both &gt; 0). Every other column is optional but validated when present: integers must be integers,
 * timestamps nanoseconds, {@code tape} 1–3. {@code trf_id} and {@code trf_timestamp} of {@code 0} mean
 * "not a TRF print" and become null, as Polygon writes 0 there for exchange prints.
 * Rows come out in file order; {@code source} is the file path.
 *
 * <p>Rows are first tried on a byte-level fast path ({@link TradeRowBytes}), which gives the same trade without a
 * String per field; whatever it is not sure of comes here ({@link #parse}), which accepts or rejects it.
 */
public final class PolygonTradesCsvReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "polygon-trades-csv";
    private static final List<String> REQUIRED = List.of(TICKER, SIP_TIMESTAMP, PRICE, SIZE);
    private static final int MAX_TAPE = 3;

    /**
     * Reads one file lazily.
     *
     * @param file     a .csv or .csv.gz trades file
     * @param onTrade  receives each accepted trade, in file order
     * @param rejects  receives each rejected line (or the whole file) with its reason
     * @return counts that add up: read = accepted + rejected
     */
    public ReadStats read(Path file, Consumer<? super Trade> onTrade, DeadLetterSink rejects) {
        String source = file.toString();
        return new CsvFileReader<>(FORMAT, REQUIRED, row -> parse(row, source))
                .withFastRows(header -> new TradeRowBytes(header, source)).read(file, onTrade, rejects);
    }

    static Trade parse(CsvRow row, String source) throws InvalidRowException {
        String ticker = row.requiredText(TICKER);
        long sipTs = row.requiredEpochNanos(SIP_TIMESTAMP);
        try {
            // the constructor, not the builder (whose construction copies the schema's defaults per record); the
            // arguments are checked in the order of the fields, so the first bad field gives the reason as before
            return new Trade(ticker, sipTs, row.optionalEpochNanos(PARTICIPANT_TIMESTAMP),
                    row.optionalEpochNanos(TRF_TIMESTAMP), row.requiredPositiveDecimal(PRICE),
                    row.requiredPositiveDecimal(SIZE), row.optionalIntInRange(EXCHANGE, 0, Integer.MAX_VALUE),
                    row.integerList(CONDITIONS), row.optionalIntInRange(CORRECTION, 0, Integer.MAX_VALUE),
                    row.optionalNonNegativeLong(SEQUENCE_NUMBER), row.optionalIntInRange(TAPE, 1, MAX_TAPE),
                    row.optionalText(ID), trfId(row), source);
        } catch (InvalidRowException e) {
            throw e.withInputTs(sipTs);
        }
    }

    private static Integer trfId(CsvRow row) throws InvalidRowException {
        Integer trfId = row.optionalIntInRange(TRF_ID, 0, Integer.MAX_VALUE);
        return trfId == null || trfId == 0 ? null : trfId;
    }
}
