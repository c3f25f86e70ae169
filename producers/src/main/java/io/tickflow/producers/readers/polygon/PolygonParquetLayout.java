package io.tickflow.producers.readers.polygon;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's Parquet layout of raw Polygon data:
 * {@code raw/polygon/trades/ticker=T/date=D/trades.parquet},
 * {@code raw/polygon/ohlcv_intraday_1m/ticker=T/date=D/minute.parquet} and
 * {@code raw/polygon/ohlcv_daily/ticker=T/date=D/ohlcv.parquet} (a version folder such as {@code v1_2020_2025} may
 * sit between the dataset and {@code ticker=}). The partition folders give the ticker and the session date.
 */
public final class PolygonParquetLayout {

    /** What a file of the layout holds. */
    public enum Kind {
        /** Ticks of one ticker-day. */
        TRADES("trades.parquet", "trades"),
        /** 1-minute bars of one ticker-day. */
        MINUTE("minute.parquet", "ohlcv_intraday_1m"),
        /** Daily bars of one ticker (one day per file in the seed, any number accepted). */
        DAILY("ohlcv.parquet", "ohlcv_daily");

        private final String fileName;
        private final String dataset;

        Kind(String fileName, String dataset) {
            this.fileName = fileName;
            this.dataset = dataset;
        }

        /** The file name the seed writes, e.g. {@code minute.parquet}. */
        public String fileName() {
            return fileName;
        }

        /** The dataset folder, e.g. {@code ohlcv_intraday_1m}. */
        public String dataset() {
            return dataset;
        }
    }

    private static final Pattern TICKER = Pattern.compile("(?:^|/)ticker=([^/]+)/");
    private static final Pattern DATE = Pattern.compile("(?:^|/)date=(\\d{4}-\\d{2}-\\d{2})/");

    private PolygonParquetLayout() {
    }

    /** The kind of a file named as the seed names it, or any {@code .parquet} below one of the dataset folders. */
    public static Optional<Kind> kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String path = "/" + file.toString().replace('\\', '/');
        for (Kind kind : Kind.values()) {
            if (name.equals(kind.fileName)) {
                return Optional.of(kind);
            }
        }
        for (Kind kind : Kind.values()) {
            if (name.endsWith(".parquet") && path.contains("/" + kind.dataset + "/")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The ticker of the {@code ticker=T} folder above the file, with {@code %XX} escapes decoded (UTF-8): tickflow
     * writes folders through its path-safe encoding ({@code ABRpA} as {@code ticker=ABR%70A}, {@code BRK/B} as
     * {@code ticker=BRK%2FB}), and DuckDB decodes hive values the same way. A folder without escapes is as written.
     */
    public static Optional<String> tickerOf(Path file) {
        Matcher m = TICKER.matcher(file.toString().replace('\\', '/'));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last).map(PolygonParquetLayout::percentDecoded);
    }

    private static String percentDecoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < segment.length()) {
            if (segment.charAt(i) == '%' && i + 2 < segment.length() && isHex(segment.charAt(i + 1))
                    && isHex(segment.charAt(i + 2))) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = segment.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The session date of the {@code date=D} folder above the file. */
    public static Optional<LocalDate> dateOf(Path file) {
        Matcher m = DATE.matcher(file.toString().replace('\\', '/'));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        try {
            return Optional.ofNullable(last).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
