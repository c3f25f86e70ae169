package io.tickflow.producers.readers.detection;

import io.tickflow.producers.readers.BodyKind;
import io.tickflow.producers.readers.ByteLines;
import io.tickflow.producers.readers.TextInput;
import io.tickflow.producers.readers.generic.GenericCsvPresets;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout;
import io.tickflow.producers.readers.reference.MarketCapCsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a file's format from its name and, when the name says nothing, its first line. The name wins
 * because an error page saved as {@code CNMSshvol20210320.txt} must be rejected as a bad FINRA file, not
 * reported as an unknown format.
 */
public final class FormatDetector {

    private static final Pattern FINRA_NAME = Pattern.compile("[a-z]+shvol\\d{8}\\.txt");
    private static final Pattern SEC_NAME = Pattern.compile("cnsfails\\d{6}[ab]?(\\.txt|\\.zip)?");
    private static final Pattern SHORT_INTEREST_NAME = Pattern.compile("shrt\\d{8}\\.(csv|txt)");
    private static final Pattern THRESHOLD_NAME = Pattern.compile("nasdaqth\\d{8}\\.txt");
    private static final Pattern LEAN_NAME = Pattern.compile("\\d{8}_(trade\\.zip|[a-z0-9.]+_trade_tick\\.csv)");

    private FormatDetector() {
    }

    /**
     * The detected format, or empty when neither path, name, magic bytes nor header is recognised. The seed's Parquet
     * layout is told by its path ({@code trades/ticker=T/date=D/trades.parquet}, ...) even when the bytes are not
     * Parquet, so that an error page saved there is rejected as a bad Parquet file; any other file starting with the
     * Parquet magic is told by its columns.
     */
    public static Optional<InputFormat> detect(Path file) {
        Optional<InputFormat> byPath = PolygonParquetLayout.kindOf(file).map(FormatDetector::parquetFormat);
        if (byPath.isPresent()) {
            return byPath;
        }
        Optional<InputFormat> byName = byName(file.getFileName().toString().toLowerCase(Locale.ROOT));
        if (byName.isPresent()) {
            return byName;
        }
        return ParquetSchemaSniffer.isParquet(file) ? ParquetSchemaSniffer.kindOf(file).map(FormatDetector::parquetFormat)
                : byHeader(file);
    }

    /** The format of a file of the seed's Parquet layout. */
    public static InputFormat parquetFormat(PolygonParquetLayout.Kind kind) {
        return switch (kind) {
            case TRADES -> InputFormat.POLYGON_TRADES_PARQUET;
            case MINUTE -> InputFormat.POLYGON_MINUTE_PARQUET;
            case DAILY -> InputFormat.POLYGON_DAILY_PARQUET;
        };
    }

    static Optional<InputFormat> byName(String name) {
        if (FINRA_NAME.matcher(name).matches()) {
            return Optional.of(InputFormat.FINRA_REGSHO_DAILY);
        }
        if (SEC_NAME.matcher(name).matches()) {
            return Optional.of(InputFormat.SEC_FTD);
        }
        if (SHORT_INTEREST_NAME.matcher(name).matches()) {
            return Optional.of(InputFormat.FINRA_SHORT_INTEREST);
        }
        if (THRESHOLD_NAME.matcher(name).matches()) {
            return Optional.of(InputFormat.NASDAQ_THRESHOLD_LIST);
        }
        if (LEAN_NAME.matcher(name).matches()) {
            return Optional.of(InputFormat.LEAN_TICK_TRADE);
        }
        return name.endsWith(".json") ? Optional.of(InputFormat.POLYGON_REST_JSON) : Optional.empty();
    }

    static Optional<InputFormat> byHeader(Path file) {
        String first;
        try {
            first = firstLine(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (first == null) {
            return Optional.empty();
        }
        if (BodyKind.ofFirstLine(first) == BodyKind.JSON) {
            return Optional.of(InputFormat.POLYGON_REST_JSON);
        }
        return byHeaderLine(first.replace("\uFEFF", ""), file);
    }

    /**
     * The file's first line, or null when it has none. An ASCII line is read as bytes: {@link TextInput#open} first
     * sniffs the encoding over up to 8 MB of content, which for a gzipped trades day file meant inflating and decoding
     * the whole file once more just to read its header (a third of a replay's reading time). A line with other bytes
     * is read as {@link TextInput#open} decodes it.
     */
    private static String firstLine(Path file) throws IOException {
        try (InputStream in = TextInput.openContent(file)) {
            ByteLines lines = new ByteLines(in);
            if (!lines.next()) {
                return null;
            }
            if (lines.isAscii()) {
                return lines.text(StandardCharsets.US_ASCII);
            }
        }
        try (BufferedReader in = TextInput.open(file)) {
            return in.readLine();
        }
    }

    static Optional<InputFormat> byHeaderLine(String header, Path file) {
        List<String> names = Arrays.stream(header.split("[|,\t]", -1)).map(String::strip).toList();
        if (names.containsAll(List.of("Date", "Symbol", "ShortVolume", "TotalVolume", "Market"))) {
            return Optional.of(InputFormat.FINRA_REGSHO_DAILY);
        }
        if (names.containsAll(List.of("SETTLEMENT DATE", "CUSIP", "SYMBOL", "QUANTITY (FAILS)"))) {
            return Optional.of(InputFormat.SEC_FTD);
        }
        if (names.containsAll(List.of("symbolCode", "currentShortPositionQuantity", "settlementDate"))) {
            return Optional.of(InputFormat.FINRA_SHORT_INTEREST);
        }
        if (names.containsAll(List.of("Symbol", "Security Name", "Reg SHO Threshold Flag"))) {
            return Optional.of(InputFormat.NASDAQ_THRESHOLD_LIST);
        }
        if (names.containsAll(List.of("ticker", "sip_timestamp", "price", "size"))) {
            return Optional.of(InputFormat.POLYGON_TRADES_CSV);
        }
        if (names.containsAll(List.of("ticker", "window_start", "open", "close"))) {
            return Optional.of(InputFormat.POLYGON_MINUTE_AGGS_CSV);
        }
        if (MarketCapCsvReader.isHeader(names)) {
            return Optional.of(InputFormat.MARKET_CAP_CSV);
        }
        return GenericCsvPresets.forHeader(names, file).isPresent() ? Optional.of(InputFormat.GENERIC_CSV) : Optional.empty();
    }
}
