package io.tickflow.producers.readers.finra;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.CsvDialect;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.Trailer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a Nasdaq Reg SHO threshold list: header
 * {@code Symbol|Security Name|Market Category|Reg SHO Threshold Flag|Rule 3210|Filler}, every row ending in
 * an empty Filler field, CRLF, and a trailer that is the file's creation time {@code YYYYMMDDhhmmss}
 * rather than a count (nasdaqtrader.com: "This timestamp will indicate that the file is complete").
 */
public final class ThresholdListReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "nasdaq-threshold-list";
    private static final String SYMBOL = "Symbol";
    private static final String NAME = "Security Name";
    private static final String CATEGORY = "Market Category";
    private static final String FLAG = "Reg SHO Threshold Flag";
    private static final String RULE_3210 = "Rule 3210";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    /** Reads one file lazily; counts add up (the timestamp trailer is checked, not counted). */
    public ReadStats read(Path file, Consumer<? super ThresholdListEntry> onRow, DeadLetterSink rejects) {
        CsvDialect dialect = CsvDialect.detected(null, new TimestampTrailer());
        return new CsvFileReader<>(FORMAT, dialect, List.of(SYMBOL, NAME, CATEGORY, FLAG, RULE_3210),
                ThresholdListReader::parse).read(file, onRow, rejects);
    }

    static ThresholdListEntry parse(CsvRow row) throws InvalidRowException {
        return new ThresholdListEntry(row.requiredText(SYMBOL), row.requiredText(NAME), row.requiredText(CATEGORY),
                yesNo(row, FLAG), yesNo(row, RULE_3210));
    }

    private static boolean yesNo(CsvRow row, String column) throws InvalidRowException {
        String text = row.requiredText(column);
        if (!text.equals("Y") && !text.equals("N")) {
            throw new InvalidRowException(column + " must be Y or N, was '" + text + "'");
        }
        return text.equals("Y");
    }

    /** The {@code YYYYMMDDhhmmss} completion stamp. */
    private static final class TimestampTrailer implements Trailer {
        @Override
        public boolean matches(String line) {
            return line.length() == 14 && line.chars().allMatch(Character::isDigit);
        }

        @Override
        public boolean required() {
            return true;
        }

        @Override
        public Optional<String> problem(List<String> lines, long dataRows) {
            if (lines.size() != 1) {
                return Optional.of("expected one timestamp trailer line, found " + lines.size());
            }
            try {
                LocalDateTime.parse(lines.get(0), STAMP);
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of("trailer " + lines.get(0) + " is not a YYYYMMDDhhmmss time stamp");
            }
        }
    }
}
