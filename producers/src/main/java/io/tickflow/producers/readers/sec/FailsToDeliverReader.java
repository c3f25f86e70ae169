package io.tickflow.producers.readers.sec;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.PublicationLag;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.shortdata.FailToDeliver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an SEC fails-to-deliver file ({@code cnsfailsYYYYMM{a,b}}, as the SEC's zip or the text inside it)
 * into {@link FailToDeliver} records.
 *
 * <p>Layout: header {@code SETTLEMENT DATE|CUSIP|SYMBOL|QUANTITY (FAILS)|DESCRIPTION|PRICE}, pipe separated,
 * two trailer lines (record count, total quantity), both checked. PRICE is {@code .} when the SEC has none:
 * read as null. DESCRIPTION is cut at 30 characters by the SEC and often ends in a space: trailing spaces are
 * dropped; a {@code |} inside it (guarded against by other parsers) is joined back. Pseudo-symbols for
 * pending corporate-action payments ({@code W103DIVDPYMNT}, {@code 7110REORGPYMNT}) are kept, marked
 * {@code placeholder_symbol}. Published time: the half-month of the settlement date (1st–15th or
 * 16th–end) plus the {@link PublicationLag}.
 */
public final class FailsToDeliverReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "sec-ftd";
    static final String DATE = "SETTLEMENT DATE";
    static final String CUSIP = "CUSIP";
    static final String SYMBOL = "SYMBOL";
    static final String QUANTITY = "QUANTITY (FAILS)";
    static final String DESCRIPTION = "DESCRIPTION";
    static final String PRICE = "PRICE";
    private static final List<String> REQUIRED = List.of(DATE, CUSIP, SYMBOL, QUANTITY, PRICE);
    private static final Pattern CUSIP_FORMAT = Pattern.compile("[0-9A-Z*@#]{9}");
    /** Payment placeholders: digits in the root or a PYMNT tail, never a listed ticker. */
    private static final Pattern PLACEHOLDER = Pattern.compile(".*(PYMNT|\\d).*");
    private static final int HALF_MONTH_LAST_DAY = 15;

    private final SymbolMapper symbols;
    private final PublicationLag lag;

    public FailsToDeliverReader() {
        this(new SymbolMapper(), PublicationLag.SEC_FAILS_TO_DELIVER);
    }

    public FailsToDeliverReader(SymbolMapper symbols, PublicationLag lag) {
        this.symbols = symbols;
        this.lag = lag;
    }

    /** Reads one file lazily; counts add up (trailer lines are checked, not counted). */
    public ReadStats read(Path file, Consumer<? super FailToDeliver> onRow, DeadLetterSink rejects) {
        String name = file.getFileName().toString().replaceFirst("\\.zip$", ".txt");
        FtdTrailer trailer = new FtdTrailer();
        CsvDialect dialect = CsvDialect.detected(DESCRIPTION, trailer);
        return new CsvFileReader<>(FORMAT, dialect, REQUIRED, row -> {
            FailToDeliver ftd = parse(row, name);
            trailer.add(ftd.getQuantityFails());
            return ftd;
        }).read(file, onRow, rejects);
    }

    FailToDeliver parse(CsvRow row, String sourceFile) throws InvalidRowException {
        LocalDate date = settlementDate(row.requiredText(DATE));
        String cusip = row.requiredText(CUSIP).strip();
        if (!CUSIP_FORMAT.matcher(cusip).matches()) {
            throw new InvalidRowException("CUSIP must be 9 characters A-Z, 0-9, was '" + cusip + "'");
        }
        String symbol = row.requiredText(SYMBOL).strip();
        boolean placeholder = PLACEHOLDER.matcher(symbol).matches();
        long quantity = row.requiredNonNegativeLong(QUANTITY);
        String description = row.optionalText(DESCRIPTION);
        return FailToDeliver.newBuilder()
                .setSettlementDate(date)
                .setCusip(cusip)
                .setSymbol(placeholder ? symbol : canonical(symbol))
                .setSourceSymbol(symbol)
                .setQuantityFails(quantity)
                .setPrice(price(row.requiredText(PRICE)))
                .setDescription(description == null ? null : description.stripTrailing())
                .setPlaceholderSymbol(placeholder)
                .setSourceFile(sourceFile)
                .setPublishedTs(lag.publishedNanos(halfMonthEnd(date)))
                .build();
    }

    private String canonical(String symbol) throws InvalidRowException {
        try {
            return symbols.toCanonical(SymbolSource.CONCATENATED, symbol);
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("SYMBOL is not a ticker: " + e.getMessage());
        }
    }

    private static Double price(String text) throws InvalidRowException {
        if (text.equals(".")) {
            return null; // the SEC writes '.' when it has no price (462 rows of cnsfails202009a)
        }
        try {
            double price = Double.parseDouble(text);
            if (!(price >= 0) || Double.isInfinite(price) || !text.matches("\\d*\\.?\\d+|\\d+\\.")) {
                throw new NumberFormatException();
            }
            return price;
        } catch (NumberFormatException e) {
            throw new InvalidRowException("PRICE is neither a decimal nor '.': '" + text + "'");
        }
    }

    private static LocalDate settlementDate(String text) throws InvalidRowException {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException("SETTLEMENT DATE is not YYYYMMDD: '" + text + "'");
        }
    }

    /** Last day of the half-month holding {@code date}: the 15th, or the month's last day. */
    static LocalDate halfMonthEnd(LocalDate date) {
        return date.getDayOfMonth() <= HALF_MONTH_LAST_DAY
                ? date.withDayOfMonth(HALF_MONTH_LAST_DAY)
                : YearMonth.from(date).atEndOfMonth();
    }
}
