package io.tickflow.producers.readers;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a CSV file (plain or gzip) line by line into records, strictly: the header must hold the
 * required columns (located by name, any order, extra columns ignored), and every data line either
 * becomes a record or becomes a {@link Rejection} with its line number, raw text and reason.
 *
 * <p>Lazy: one line is in memory at a time, and each record goes to the consumer as soon as it is
 * parsed. Never throws on bad input: an empty file, an HTML/XML/JSON body, an unusable header, a
 * missing file or a corrupt gzip tail each become one whole-file rejection (see {@link ReadStats}).
 *
 * @param <T> the record type
 */
public final class CsvFileReader<T> {

    private final String format;
    private final List<String> requiredColumns;
    private final RowParser<T> parser;

    /**
     * @param format          format name written into rejections, e.g. {@code polygon-trades-csv}
     * @param requiredColumns columns the header must name
     * @param parser          turns a row into a record
     */
    public CsvFileReader(String format, List<String> requiredColumns, RowParser<T> parser) {
        this.format = Objects.requireNonNull(format, "format");
        this.requiredColumns = List.copyOf(requiredColumns);
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Reads {@code file}, handing each record to {@code onRecord} and each rejection to {@code rejects}.
     *
     * @return the counts for this file; {@code read == accepted + rejected}
     */
    public ReadStats read(Path file, Consumer<? super T> onRecord, DeadLetterSink rejects) {
        Tally tally = new Tally(file.toString(), rejects);
        try (BufferedReader in = TextInput.open(file)) {
            CsvHeader header = readHeader(in, tally);
            if (header != null) {
                readRows(in, header, tally, onRecord);
            }
        } catch (IOException e) {
            String reason = tally.lines == 0
                    ? "cannot open file: " + describe(e)
                    : "cannot read past line " + tally.lines + " (truncated or corrupt file?): " + describe(e);
            tally.reject(tally.lines == 0 ? Rejection.WHOLE_SOURCE : tally.lines + 1, "", reason, null);
        }
        return tally.stats();
    }

    /** Reads and checks the first line; returns null after rejecting the whole file. */
    private CsvHeader readHeader(BufferedReader in, Tally tally) throws IOException {
        String first = in.readLine();
        if (first == null) {
            tally.reject(Rejection.WHOLE_SOURCE, "", "file is empty: no header and no data", null);
            return null;
        }
        tally.lines = 1;
        BodyKind kind = BodyKind.ofFirstLine(first);
        if (kind != BodyKind.CSV) {
            tally.reject(Rejection.WHOLE_SOURCE, bodyHead(first, in), kind.rejectionReason(format), null);
            return null;
        }
        try {
            CsvHeader header = CsvHeader.parse(first);
            List<String> missing = header.missing(requiredColumns);
            if (missing.isEmpty()) {
                return header;
            }
            tally.reject(1, first, "header lacks required columns " + missing + "; found " + header.names(), null);
        } catch (InvalidRowException e) {
            tally.reject(1, first, "header is not valid CSV: " + e.getMessage(), null);
        }
        return null;
    }

    private void readRows(BufferedReader in, CsvHeader header, Tally tally, Consumer<? super T> onRecord)
            throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            tally.lines++;
            if (line.isBlank()) {
                tally.reject(tally.lines, line, "blank line", null);
                continue;
            }
            T record;
            try {
                record = parser.parse(new CsvRow(header, CsvFields.split(line)));
            } catch (InvalidRowException e) {
                tally.reject(tally.lines, line, e.getMessage(), e.inputTsNanos());
                continue;
            }
            tally.accepted++;
            onRecord.accept(record);
        }
    }

    /** The start of a non-CSV body, for the dead letter: enough to recognise the error page. */
    private static String bodyHead(String first, BufferedReader in) throws IOException {
        StringBuilder head = new StringBuilder(first);
        String line;
        while (head.length() < Rejection.MAX_RAW_CHARS && (line = in.readLine()) != null) {
            head.append('\n').append(line);
        }
        return head.toString();
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Counts of one read and where its rejections go. */
    private final class Tally {
        private final String source;
        private final DeadLetterSink rejects;
        private long lines;
        private long accepted;
        private long rejected;

        Tally(String source, DeadLetterSink rejects) {
            this.source = source;
            this.rejects = Objects.requireNonNull(rejects, "rejects");
        }

        void reject(long lineNumber, String raw, String reason, Long inputTsNanos) {
            rejected++;
            rejects.accept(new Rejection(source, lineNumber, raw, reason, format, inputTsNanos));
        }

        ReadStats stats() {
            return ReadStats.of(accepted, rejected);
        }
    }
}
