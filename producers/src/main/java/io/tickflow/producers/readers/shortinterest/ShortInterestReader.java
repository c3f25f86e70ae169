package io.tickflow.producers.readers.shortinterest;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.PublicationLag;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.shortdata.ShortInterest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads FINRA's consolidated short-interest file ({@code shrtYYYYMMDD.csv} from
 * {@code cdn.finra.org/equity/otcmarket/biweekly/}) into {@link ShortInterest} records.
 *
 * <p>Pipe separated despite the {@code .csv} name, 14 columns, no trailer. {@code settlementDate} is
 * {@code YYYY-MM-DD} (while {@code accountingYearMonthNumber} holds the same date as {@code YYYYMMDD}).
 * Each row must be self-consistent: {@code changePreviousNumber == current - previous}, as every real row
 * is. Symbols of exchange-listed securities (market class NYSE, AMEX, ARCA) run root and suffix together
 * ({@code ABRPRD}, {@code AAQCU}); Nasdaq (NNM, SC) and OTC symbols are native, so the market class decides
 * how the symbol is split (see {@link SymbolMapper#toCanonicalConcatenated}).
 */
public final class ShortInterestReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "finra-short-interest";
    static final String SYMBOL = "symbolCode";
    static final String MARKET = "marketClassCode";
    static final String CURRENT = "currentShortPositionQuantity";
    static final String PREVIOUS = "previousShortPositionQuantity";
    static final String AVG_VOLUME = "averageDailyVolumeQuantity";
    static final String DAYS_TO_COVER = "daysToCoverQuantity";
    static final String CHANGE = "changePreviousNumber";
    static final String SETTLEMENT = "settlementDate";
    private static final List<String> REQUIRED = List.of(SYMBOL, MARKET, CURRENT, PREVIOUS, SETTLEMENT);
    private static final Set<String> LISTED_WITH_SUFFIX = Set.of("NYSE", "AMEX", "ARCA");

    private final SymbolMapper symbols;
    private final PublicationLag lag;

    public ShortInterestReader() {
        this(new SymbolMapper(), PublicationLag.SHORT_INTEREST);
    }

    public ShortInterestReader(SymbolMapper symbols, PublicationLag lag) {
        this.symbols = symbols;
        this.lag = lag;
    }

    /** Reads one file lazily; counts add up. */
    public ReadStats read(Path file, Consumer<? super ShortInterest> onRow, DeadLetterSink rejects) {
        String name = file.getFileName().toString();
        return new CsvFileReader<>(FORMAT, CsvDialect.detected(null, null), REQUIRED, row -> parse(row, name))
                .read(file, onRow, rejects);
    }

    ShortInterest parse(CsvRow row, String sourceFile) throws InvalidRowException {
        LocalDate settlement = settlement(row.requiredText(SETTLEMENT));
        String symbol = row.requiredText(SYMBOL);
        String market = row.requiredText(MARKET);
        long current = row.requiredNonNegativeLong(CURRENT);
        long previous = row.requiredNonNegativeLong(PREVIOUS);
        checkChange(row, current, previous);
        return ShortInterest.newBuilder()
                .setSettlementDate(settlement)
                .setSymbol(canonical(symbol, market))
                .setSourceSymbol(symbol)
                .setShortInterest(current)
                .setPreviousShortInterest((double) previous)
                .setAvgDailyVolume(optionalDecimal(row, AVG_VOLUME))
                .setDaysToCover(optionalDecimal(row, DAYS_TO_COVER))
                .setMarket(market)
                .setSourceFile(sourceFile)
                .setPublishedTs(lag.publishedNanos(settlement))
                .build();
    }

    private static void checkChange(CsvRow row, long current, long previous) throws InvalidRowException {
        String change = row.optionalText(CHANGE);
        if (change != null && !change.equals(Long.toString(current - previous))) {
            throw new InvalidRowException(CHANGE + " " + change + " differs from current - previous = "
                    + current + " - " + previous);
        }
    }

    private static Double optionalDecimal(CsvRow row, String column) throws InvalidRowException {
        return row.optionalText(column) == null ? null : row.requiredNonNegativeDecimal(column);
    }

    private String canonical(String symbol, String market) throws InvalidRowException {
        try {
            return symbols.toCanonicalConcatenated(symbol, LISTED_WITH_SUFFIX.contains(market));
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException(SYMBOL + " is not a ticker: " + e.getMessage());
        }
    }

    private static LocalDate settlement(String text) throws InvalidRowException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException(SETTLEMENT + " is not YYYY-MM-DD: '" + text + "'");
        }
    }
}
