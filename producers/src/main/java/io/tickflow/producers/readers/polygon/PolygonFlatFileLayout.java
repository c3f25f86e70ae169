package io.tickflow.producers.readers.polygon;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Polygon's S3 flat files live, mirrored on local disk:
 * {@code <root>/us_stocks_sip/trades_v1/YYYY/MM/YYYY-MM-DD.csv.gz} and
 * {@code <root>/us_stocks_sip/minute_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz}.
 */
public final class PolygonFlatFileLayout {

    /** Dataset folder of trades. */
    public static final String TRADES_DATASET = "us_stocks_sip/trades_v1";
    /** Dataset folder of minute aggregates. */
    public static final String MINUTE_AGGS_DATASET = "us_stocks_sip/minute_aggs_v1";

    private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.csv(\\.gz)?");

    private PolygonFlatFileLayout() {
    }

    /** The trades file of {@code date} under {@code root}. */
    public static Path tradesFile(Path root, LocalDate date) {
        return dayFile(root, TRADES_DATASET, date);
    }

    /** The minute aggregates file of {@code date} under {@code root}. */
    public static Path minuteAggsFile(Path root, LocalDate date) {
        return dayFile(root, MINUTE_AGGS_DATASET, date);
    }

    /** The session date a day file is named after ({@code 2024-01-02.csv.gz}), or empty when not so named. */
    public static Optional<LocalDate> dateOf(Path file) {
        Path name = file.getFileName();
        Matcher matcher = DAY_FILE.matcher(name == null ? "" : name.toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Path dayFile(Path root, String dataset, LocalDate date) {
        String year = String.format("%04d", date.getYear());
        String month = String.format("%02d", date.getMonthValue());
        return root.resolve(dataset).resolve(year).resolve(month).resolve(date + ".csv.gz");
    }
}
