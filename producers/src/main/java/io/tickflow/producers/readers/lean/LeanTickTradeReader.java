package io.tickflow.producers.readers.lean;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Trade;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QuantConnect LEAN (AlgoSeek) US-equity trade tick file, {@code <ticker>/YYYYMMDD_trade.zip}
 * holding {@code YYYYMMDD_<ticker>_Trade_Tick.csv} (or that csv itself), into {@link Trade} records.
 *
 * <p>No header; columns: milliseconds since midnight New York time (may be fractional, {@code 14400009.367}),
 * price in deci-cents ({@code 491800} = 49.18 USD), size, exchange letter, AlgoSeek sale-condition code,
 * suspicious flag. The date and ticker come from the file name (the date of the zip, the ticker of its folder).
 * Exchange letters map to Polygon ids; AlgoSeek condition codes have no published mapping to Polygon's, so
 * {@code conditions} stays empty. Rows flagged suspicious ({@code 1}) are rejected with that reason.
 */
public final class LeanTickTradeReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "lean-tick-trade";
    static final List<String> COLUMNS = List.of("time_ms", "price_decicents", "size", "exchange", "condition", "suspicious");
    private static final Pattern ZIP_NAME = Pattern.compile("(\\d{8})_trade\\.zip", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSV_NAME = Pattern.compile("(\\d{8})_([A-Za-z0-9.]+)_trade_tick\\.csv", Pattern.CASE_INSENSITIVE);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final CsvDialect DIALECT = new CsvDialect(',', false, COLUMNS, null, null);
    private static final BigDecimal DECI_CENTS_PER_DOLLAR = BigDecimal.valueOf(10_000);

    /** Date and ticker of a LEAN tick file, from its name (and folder). */
    record DayFile(LocalDate date, String ticker) {
        static Optional<DayFile> of(Path file) {
            String name = file.getFileName().toString();
            Matcher zip = ZIP_NAME.matcher(name);
            if (zip.matches() && file.getParent() != null) {
                return Optional.of(new DayFile(date(zip.group(1)), upper(file.getParent().getFileName().toString())));
            }
            Matcher csv = CSV_NAME.matcher(name);
            return csv.matches() ? Optional.of(new DayFile(date(csv.group(1)), upper(csv.group(2)))) : Optional.empty();
        }

        private static LocalDate date(String text) {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        }

        private static String upper(String text) {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    /** Reads one file lazily; a file whose name gives no date and ticker is rejected whole. */
    public ReadStats read(Path file, Consumer<? super Trade> onTrade, DeadLetterSink rejects) {
        Optional<DayFile> day;
        try {
            day = DayFile.of(file);
        } catch (java.time.DateTimeException e) {
            day = Optional.empty();
        }
        if (day.isEmpty()) {
            rejects.accept(Rejection.ofWholeSource(file.toString(), "",
                    "name gives no date and ticker: expected <ticker>/YYYYMMDD_trade.zip or YYYYMMDD_<ticker>_Trade_Tick.csv",
                    FORMAT));
            return ReadStats.of(0, 1);
        }
        long midnightNanos = day.get().date().atStartOfDay(NEW_YORK).toEpochSecond() * 1_000_000_000L;
        String ticker = day.get().ticker();
        String source = file.toString();
        return new CsvFileReader<>(FORMAT, DIALECT, COLUMNS, row -> parse(row, ticker, midnightNanos, source))
                .read(file, onTrade, rejects);
    }

    static Trade parse(CsvRow row, String ticker, long midnightNanos, String source) throws InvalidRowException {
        long sipTs = midnightNanos + nanosOfDay(row.requiredText("time_ms"));
        try {
            if (!row.requiredText("suspicious").equals("0")) {
                throw new InvalidRowException("flagged suspicious by the vendor (suspicious=" + row.requiredText("suspicious") + ")");
            }
            String exchange = row.requiredText("exchange");
            Integer exchangeId = LeanExchangeCodes.polygonId(exchange);
            if (exchangeId == null) {
                throw new InvalidRowException("unknown exchange code '" + exchange + "'");
            }
            return Trade.newBuilder()
                    .setTicker(ticker)
                    .setSipTs(sipTs)
                    .setPrice(price(row))
                    .setSize(row.requiredPositiveDecimal("size"))
                    .setExchange(exchangeId)
                    .setSource(source)
                    .build();
        } catch (InvalidRowException e) {
            throw e.withInputTs(sipTs);
        }
    }

    private static double price(CsvRow row) throws InvalidRowException {
        long deciCents = row.requiredNonNegativeLong("price_decicents");
        if (deciCents == 0) {
            throw new InvalidRowException("price must be > 0");
        }
        return BigDecimal.valueOf(deciCents).divide(DECI_CENTS_PER_DOLLAR).doubleValue();
    }

    /** Exact nanoseconds from a millisecond count with up to 6 decimals, within one (long) day. */
    static long nanosOfDay(String millis) throws InvalidRowException {
        try {
            long nanos = new BigDecimal(millis).movePointRight(6).longValueExact();
            if (nanos < 0 || nanos > 25L * 3_600_000_000_000L) {
                throw new InvalidRowException("time " + millis + " ms is outside the day");
            }
            return nanos;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidRowException("time is not milliseconds with at most 6 decimals: '" + millis + "'");
        }
    }
}
