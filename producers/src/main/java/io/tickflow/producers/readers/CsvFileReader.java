package io.tickflow.producers.readers;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a delimited text file (plain, gzip or single-member zip) line by line into records, strictly: the
 * header must hold the required columns (located by name, any order, extra columns ignored), and every data
 * line either becomes a record or becomes a {@link Rejection} with its line number, raw text and reason.
 * The {@link CsvDialect} says the separator (or to detect it), quoting, a header-less layout, a free-text
 * column and a {@link Trailer}; trailer lines are checked, not counted as records.
 *
 * <p>Lazy: one line is in memory at a time, and each record goes to the consumer as soon as it is
 * parsed. Never throws on bad input: an empty file, an HTML/XML/JSON body, an unusable header, a
 * missing file, a corrupt gzip tail, a missing or disagreeing trailer each become one rejection
 * (see {@link ReadStats}).
 *
 * @param <T> the record type
 */
public final class CsvFileReader<T> {

    private final String format;
    private final CsvDialect dialect;
    private final List<String> requiredColumns;
    private final RowParser<T> parser;

    /** A reader of RFC 4180 CSV with a header line ({@link CsvDialect#CSV}). */
    public CsvFileReader(String format, List<String> requiredColumns, RowParser<T> parser) {
        this(format, CsvDialect.CSV, requiredColumns, parser);
    }

    /**
     * @param format          format name written into rejections, e.g. {@code polygon-trades-csv}
     * @param dialect         layout of the file
     * @param requiredColumns columns the header must name
     * @param parser          turns a row into a record
     */
    public CsvFileReader(String format, CsvDialect dialect, List<String> requiredColumns, RowParser<T> parser) {
        this.format = Objects.requireNonNull(format, "format");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.requiredColumns = List.copyOf(requiredColumns);
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Reads {@code file}, handing each record to {@code onRecord} and each rejection to {@code rejects}.
     *
     * @return the counts for this file; {@code read == accepted + rejected}
     */
    public ReadStats read(Path file, Consumer<? super T> onRecord, DeadLetterSink rejects) {
        Pass pass = new Pass(new ReadTally(file.toString(), format, rejects), onRecord);
        try (BufferedReader in = TextInput.open(file)) {
            pass.readAll(in);
        } catch (IOException e) {
            String reason = pass.lines == 0
                    ? "cannot open file: " + describe(e)
                    : "cannot read past line " + pass.lines + " (truncated or corrupt file?): " + describe(e);
            pass.tally.reject(pass.lines == 0 ? Rejection.WHOLE_SOURCE : pass.lines + 1, "", reason, null);
        }
        return pass.tally.stats();
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The state of one read: line counter, header, trailer lines. */
    private final class Pass {
        private final ReadTally tally;
        private final Consumer<? super T> onRecord;
        private final List<String> trailerLines = new ArrayList<>();
        private long lines;
        private long dataRows;
        private long trailerLine;
        private char separator;
        private CsvHeader header;

        Pass(ReadTally tally, Consumer<? super T> onRecord) {
            this.tally = tally;
            this.onRecord = onRecord;
        }

        void readAll(BufferedReader in) throws IOException {
            String first = in.readLine();
            if (first == null) {
                tally.reject(Rejection.WHOLE_SOURCE, "", "file is empty: no header and no data", null);
                return;
            }
            lines = 1;
            BodyKind kind = BodyKind.ofFirstLine(first);
            if (kind != BodyKind.CSV) {
                tally.reject(Rejection.WHOLE_SOURCE, bodyHead(first, in), kind.rejectionReason(format), null);
                return;
            }
            separator = dialect.separatorFor(first);
            if (!readHeader(first)) {
                return;
            }
            if (dialect.impliedHeader() != null) {
                onLine(first);
            }
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                onLine(line);
            }
            checkTrailer();
        }

        /** Sets the header from the first line or the dialect; false after rejecting the whole file. */
        private boolean readHeader(String first) {
            try {
                header = dialect.impliedHeader() != null
                        ? CsvHeader.of(dialect.impliedHeader())
                        : CsvHeader.parse(first, separator, dialect.quoted());
            } catch (InvalidRowException e) {
                tally.reject(1, first, "header is not valid: " + e.getMessage(), null);
                return false;
            }
            List<String> missing = header.missing(requiredColumns);
            if (!missing.isEmpty()) {
                tally.reject(1, first, "header lacks required columns " + missing + "; found " + header.names(), null);
                return false;
            }
            return true;
        }

        private void onLine(String line) {
            if (line.isBlank()) {
                tally.reject(lines, line, "blank line", null);
                return;
            }
            if (dialect.trailer() != null && dialect.trailer().matches(line.strip())) {
                trailerLines.add(line.strip());
                trailerLine = lines;
                return;
            }
            dataRows++;
            if (!trailerLines.isEmpty()) {
                tally.reject(lines, line, "data row after the trailer line " + trailerLine, null);
                return;
            }
            parseRow(line);
        }

        private void parseRow(String line) {
            T record;
            try {
                List<String> fields = CsvFields.split(line, separator, dialect.quoted());
                record = parser.parse(new CsvRow(header, FreeText.rejoin(fields, header, dialect, separator)));
            } catch (InvalidRowException e) {
                tally.reject(lines, line, e.getMessage(), e.inputTsNanos());
                return;
            }
            tally.accept();
            onRecord.accept(record);
        }

        private void checkTrailer() {
            Trailer trailer = dialect.trailer();
            if (trailer == null) {
                return;
            }
            if (trailerLines.isEmpty()) {
                if (trailer.required()) {
                    tally.reject(Rejection.WHOLE_SOURCE, "", "no trailer line: the file is incomplete", null);
                }
                return;
            }
            Optional<String> problem = trailer.problem(trailerLines, dataRows);
            problem.ifPresent(reason -> tally.reject(trailerLine, String.join("\n", trailerLines), reason, null));
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
}
