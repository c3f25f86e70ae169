package io.tickflow.producers.deadletter;

import java.util.Objects;

/**
 * One input that was rejected, with where it came from and why.
 *
 * <p>Rejections are never dropped: readers hand each one to a {@link DeadLetterSink}, and their
 * counts appear in the reader's read statistics.
 *
 * @param source      file path, URL or feed name the input came from; never null
 * @param lineNumber  1-based line of the input; {@link #WHOLE_SOURCE} (0) when the source is rejected
 *                    as a whole (empty file, HTML error page saved as CSV, unusable header)
 * @param raw         the rejected text, truncated to {@link #MAX_RAW_CHARS} characters; never null
 * @param reason      one sentence saying why; never blank
 * @param format      detected or requested format (e.g. {@code polygon-trades-csv}); null when unknown
 * @param inputTsNanos event time of the input when it could be parsed (ns since the epoch), else null
 */
public record Rejection(String source, long lineNumber, String raw, String reason, String format, Long inputTsNanos) {

    /** Line number standing for "the whole source". */
    public static final long WHOLE_SOURCE = 0;
    /** The dead-letter schema keeps at most this many characters of raw input. */
    public static final int MAX_RAW_CHARS = 4096;

    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(raw, "raw");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if (lineNumber < 0) {
            throw new IllegalArgumentException("lineNumber must be >= 0, was " + lineNumber);
        }
        raw = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
    }

    /** Rejection of a whole source, with no event time. */
    public static Rejection ofWholeSource(String source, String raw, String reason, String format) {
        return new Rejection(source, WHOLE_SOURCE, raw, reason, format, null);
    }

    /** Where in the source, as the dead-letter topic writes it: {@code line 12} or {@code whole file}. */
    public String position() {
        return lineNumber == WHOLE_SOURCE ? "whole file" : "line " + lineNumber;
    }
}
