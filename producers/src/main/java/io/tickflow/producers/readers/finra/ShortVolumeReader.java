package io.tickflow.producers.readers.finra;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.PublicationLag;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.Trailer;
import io.tickflow.schemas.shortdata.ShortVolume;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a Reg SHO daily short sale volume file (FINRA CNMS and per-facility files, Nasdaq's daily files)
 * into {@link ShortVolume} records.
 *
 * <p>Layout ({@code Date|Symbol|ShortVolume|ShortExemptVolume|TotalVolume|Market}, the layout FINRA uses
 * since 2011-02-28; the older one lacks ShortExemptVolume, read as 0): pipe separated (comma or tab
 * re-exports are detected), CRLF or LF, UTF-8 or windows-1252, one trailer line holding the data-row count,
 * which must agree. Volumes may be fractional (FINRA files from 2025 on carry up to 6 decimals). Market is
 * one facility code or, in CNMS files, a comma list such as {@code B,Q,N} whose order varies ({@code Q,B,N}),
 * so it is checked as a set and kept as written. The date must be {@code YYYYMMDD} and, when the file is
 * named {@code XXXXshvolYYYYMMDD.txt}, equal that date. ShortVolume already includes ShortExemptVolume, so
 * {@code short + exempt > total} is valid (ANHpA 516+216 > 516 on 2020-01-02); {@code short > total} is not.
 */
public final class ShortVolumeReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "finra-regsho-daily";
    static final String DATE = "Date";
    static final String SYMBOL = "Symbol";
    static final String SHORT = "ShortVolume";
    static final String EXEMPT = "ShortExemptVolume";
    static final String TOTAL = "TotalVolume";
    static final String MARKET = "Market";
    private static final List<String> REQUIRED = List.of(DATE, SYMBOL, SHORT, TOTAL, MARKET);
    private static final Pattern MARKET_CODE = Pattern.compile("[A-Z]");
    private static final CsvDialect DIALECT = CsvDialect.detected(MARKET, Trailer.rowCount());

    private final SymbolMapper symbols;
    private final PublicationLag lag;

    /** A reader with the default publication lag (18:00 ET on the trade date). */
    public ShortVolumeReader() {
        this(new SymbolMapper(), PublicationLag.FINRA_DAILY_SHORT_VOLUME);
    }

    public ShortVolumeReader(SymbolMapper symbols, PublicationLag lag) {
        this.symbols = symbols;
        this.lag = lag;
    }

    /**
     * Reads one file lazily.
     *
     * @return counts that add up: read = accepted + rejected (trailer lines are checked, not counted)
     */
    public ReadStats read(Path file, Consumer<? super ShortVolume> onRow, DeadLetterSink rejects) {
        String name = file.getFileName().toString();
        LocalDate fileDate = FinraFileName.parse(name).map(FinraFileName::date).orElse(null);
        return new CsvFileReader<>(FORMAT, DIALECT, REQUIRED, row -> parse(row, name, fileDate))
                .read(file, onRow, rejects);
    }

    ShortVolume parse(CsvRow row, String sourceFile, LocalDate fileDate) throws InvalidRowException {
        LocalDate date = tradeDate(row.requiredText(DATE), fileDate);
        String symbol = row.requiredText(SYMBOL);
        double shortVolume = row.requiredNonNegativeDecimal(SHORT);
        double total = row.requiredNonNegativeDecimal(TOTAL);
        if (shortVolume > total) {
            throw new InvalidRowException("ShortVolume " + shortVolume + " exceeds TotalVolume " + total);
        }
        Double exempt = row.optionalText(EXEMPT) == null ? null : row.requiredNonNegativeDecimal(EXEMPT);
        return ShortVolume.newBuilder()
                .setTradeDate(date)
                .setSymbol(canonical(symbol))
                .setSourceSymbol(symbol)
                .setShortVolume(shortVolume)
                .setShortExemptVolume(exempt == null ? 0.0 : exempt)
                .setTotalVolume(total)
                .setMarket(market(row.requiredText(MARKET)))
                .setSourceFile(sourceFile)
                .setPublishedTs(lag.publishedNanos(date))
                .build();
    }

    private static LocalDate tradeDate(String text, LocalDate fileDate) throws InvalidRowException {
        LocalDate date;
        try {
            date = LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException("Date is not YYYYMMDD: '" + text + "'");
        }
        if (fileDate != null && !fileDate.equals(date)) {
            throw new InvalidRowException("Date " + text + " differs from the file name's date " + fileDate);
        }
        return date;
    }

    private String canonical(String symbol) throws InvalidRowException {
        try {
            return symbols.toCanonical(SymbolSource.FINRA, symbol);
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("Symbol is not in FINRA's notation: " + e.getMessage());
        }
    }

    private static String market(String text) throws InvalidRowException {
        Set<String> seen = new HashSet<>();
        for (String code : text.split(",", -1)) {
            if (!MARKET_CODE.matcher(code).matches() || !seen.add(code)) {
                throw new InvalidRowException("Market must be facility codes like B,Q,N (each once), was '" + text + "'");
            }
        }
        return text;
    }
}
