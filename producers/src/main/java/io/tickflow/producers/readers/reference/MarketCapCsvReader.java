package io.tickflow.producers.readers.reference;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFields;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.TextInput;
import io.tickflow.schemas.reference.MarketCap;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a market-capitalisation CSV, one row per ticker and date, into {@link MarketCap}: the file the seed's notes
 * ask for to apply {@code cap_max} ("tu CSV de cap"). Columns are found by any of their usual names, ignoring case:
 * {@link #TICKER_NAMES}, {@link #DATE_NAMES}, {@link #CAP_NAMES}; separator comma, tab or pipe detected, fields
 * may be quoted.
 * Dates are {@code YYYY-MM-DD} or {@code YYYYMMDD}; the cap is in USD, {@code > 0} (decimal or scientific notation).
 * Tickers are read in Polygon's notation.
 */
public final class MarketCapCsvReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "market-cap-csv";
    /** Accepted names of the ticker column. */
    public static final List<String> TICKER_NAMES = List.of("ticker", "symbol");
    /** Accepted names of the date column. */
    public static final List<String> DATE_NAMES = List.of("date", "as_of", "as_of_date", "asof", "day");
    /** Accepted names of the market cap column. */
    public static final List<String> CAP_NAMES = List.of("market_cap", "marketcap", "market_capitalization",
            "mkt_cap", "cap", "market cap");

    private static final CsvDialect DIALECT = new CsvDialect(null, true, null, null, null);
    private final SymbolMapper symbols = new SymbolMapper();

    /** True when a header line names a ticker, a date and a market cap column (for format detection). */
    public static boolean isHeader(List<String> names) {
        return find(names, TICKER_NAMES) != null && find(names, DATE_NAMES) != null && find(names, CAP_NAMES) != null;
    }

    /** @return counts that add up: read = accepted + rejected */
    public ReadStats read(Path file, Consumer<? super MarketCap> onRecord, DeadLetterSink rejects) {
        List<String> names = headerNames(file);
        String ticker = orDefault(find(names, TICKER_NAMES), "ticker");
        String date = orDefault(find(names, DATE_NAMES), "date");
        String cap = orDefault(find(names, CAP_NAMES), "market_cap");
        return new CsvFileReader<>(FORMAT, DIALECT, List.of(ticker, date, cap), row -> parse(row, ticker, date, cap))
                .read(file, onRecord, rejects);
    }

    private MarketCap parse(CsvRow row, String tickerColumn, String dateColumn, String capColumn)
            throws InvalidRowException {
        String raw = row.requiredText(tickerColumn).strip();
        String ticker;
        try {
            ticker = symbols.toCanonical(SymbolSource.POLYGON, raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("ticker is not in Polygon's notation: " + e.getMessage());
        }
        return MarketCap.newBuilder()
                .setTicker(ticker)
                .setDate(date(dateColumn, row.requiredText(dateColumn).strip()))
                .setMarketCap(row.requiredPositiveDecimal(capColumn))
                .build();
    }

    private static LocalDate date(String column, String text) throws InvalidRowException {
        try {
            return text.length() == 8 ? LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException(column + " is not a YYYY-MM-DD or YYYYMMDD date: " + text);
        }
    }

    private static List<String> headerNames(Path file) {
        try (BufferedReader in = TextInput.open(file)) {
            String first = in.readLine();
            if (first == null) {
                return List.of();
            }
            String line = first.replace("\uFEFF", "");
            return CsvFields.split(line, DIALECT.separatorFor(line), true).stream().map(String::strip).toList();
        } catch (IOException | InvalidRowException e) {
            return List.of(); // the CSV reader reports the file with its reason
        }
    }

    private static String find(List<String> names, List<String> aliases) {
        for (String alias : aliases) {
            for (String name : names) {
                if (name.toLowerCase(Locale.ROOT).equals(alias)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String orDefault(String found, String canonical) {
        return found != null ? found : canonical;
    }
}
