package io.tickflow.producers.readers.generic;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import io.tickflow.producers.readers.InvalidRowException;

/**
 * Turns a time field into ns since the epoch.
 *
 * @param pattern a {@link DateTimeFormatter} pattern ({@code M/d/yyyy H:mm:ss}, {@code yyyy-MM-dd HH:mm:ssXXX}),
 *                {@code iso} for ISO-8601 with optional offset, or {@code epoch-s}, {@code epoch-ms},
 *                {@code epoch-us}, {@code epoch-ns} for integer epoch counts
 * @param zone    zone of times without an offset; a date alone means its midnight in this zone
 */
public record TimeFormat(String pattern, ZoneId zone) {

    public TimeFormat {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(zone, "zone");
        if (!pattern.startsWith("epoch-") && !pattern.equals("iso")) {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT); // fails early on a bad pattern
        }
    }

    /**
     * @throws InvalidRowException when the text does not match the pattern
     */
    long epochNanos(String text) throws InvalidRowException {
        try {
            if (pattern.startsWith("epoch-")) {
                return epochCount(text);
            }
            DateTimeFormatter formatter = pattern.equals("iso")
                    ? DateTimeFormatter.ISO_DATE_TIME : DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            TemporalAccessor parsed = formatter.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            Instant instant = parsed instanceof OffsetDateTime odt ? odt.toInstant()
                    : parsed instanceof LocalDateTime ldt ? ldt.atZone(zone).toInstant()
                    : ((LocalDate) parsed).atStartOfDay(zone).toInstant();
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidRowException("time '" + text + "' does not match format " + pattern);
        }
    }

    private long epochCount(String text) throws InvalidRowException {
        long scale = switch (pattern) {
            case "epoch-s" -> 1_000_000_000L;
            case "epoch-ms" -> 1_000_000L;
            case "epoch-us" -> 1_000L;
            case "epoch-ns" -> 1L;
            default -> throw new InvalidRowException("unknown time format " + pattern);
        };
        try {
            return Math.multiplyExact(Long.parseLong(text), scale);
        } catch (NumberFormatException e) {
            throw new InvalidRowException("time '" + text + "' is not an integer " + pattern + " count");
        }
    }
}
