package io.tickflow.producers.readers;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a delimited text file (plain, gzip or single-member zip) line by line into records, strictly: the
 * header must hold the required columns (located by name, any order, extra columns ignored), and every data
 * line either becomes a record or becomes a {@link Rejection} with its line number, raw text and reason.
 * The {@link CsvDialect} says the separator (or to detect it), quoting, a header-less layout, a free-text
 * column and a {@link Trailer}; trailer lines are checked, not counted as records.
 *
 * <p>Lazy: one line is in memory at a time, and each record goes to the consumer as soon as it is
 * parsed. Lines are split on bytes ({@link ByteLines}) and decoded one by one (ASCII directly, other bytes in the
 * file's encoding, see {@link TextInput}); a reader may add a {@link ByteRowParser} that turns well-formed rows into
 * records without decoding them ({@link #withFastRows}). Never throws on bad input: an empty file, an HTML/XML/JSON
 * body, an unusable header, a missing file, a corrupt gzip tail, a missing or disagreeing trailer each become one
 * rejection (see {@link ReadStats}).
 *
 * @param <T> the record type
 */
public final class CsvFileReader<T> {

    private final String format;
    private final CsvDialect dialect;
    private final List<String> requiredColumns;
    private final RowParser<T> parser;
    private final Function<CsvHeader, ByteRowParser<T>> fastRows;

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
        this(format, dialect, requiredColumns, parser, null);
    }

    private CsvFileReader(String format, CsvDialect dialect, List<String> requiredColumns, RowParser<T> parser,
                          Function<CsvHeader, ByteRowParser<T>> fastRows) {
        this.format = Objects.requireNonNull(format, "format");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.requiredColumns = List.copyOf(requiredColumns);
        this.parser = Objects.requireNonNull(parser, "parser");
        this.fastRows = fastRows;
    }

    /**
     * This reader with a fast path: {@code fastRows} gets each file's header (once its required columns are checked)
     * and gives the {@link ByteRowParser} tried on every data row before the String path. Not used with a trailer
     * or an implied header, where the String path decides which lines are data.
     */
    public CsvFileReader<T> withFastRows(Function<CsvHeader, ByteRowParser<T>> fastRows) {
        return new CsvFileReader<>(format, dialect, requiredColumns, parser, Objects.requireNonNull(fastRows, "fastRows"));
    }

    /**
     * Reads {@code file}, handing each record to {@code onRecord} and each rejection to {@code rejects}.
     *
     * @return the counts for this file; {@code read == accepted + rejected}
     */
    public ReadStats read(Path file, Consumer<? super T> onRecord, DeadLetterSink rejects) {
        Pass pass = new Pass(new ReadTally(file.toString(), format, rejects), onRecord, file);
        try (InputStream in = TextInput.openContent(file)) {
            pass.readAll(new ByteLines(in));
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
        private final Path file;
        private final List<String> trailerLines = new ArrayList<>();
        private Charset charset;
        private long lines;
        private long dataRows;
        private long trailerLine;
        private char separator;
        private CsvHeader header;

        Pass(ReadTally tally, Consumer<? super T> onRecord, Path file) {
            this.tally = tally;
            this.onRecord = onRecord;
            this.file = file;
        }

        void readAll(ByteLines in) throws IOException {
            if (!in.next()) {
                tally.reject(Rejection.WHOLE_SOURCE, "", "file is empty: no header and no data", null);
                return;
            }
            lines = 1;
            String first = text(in);
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
            ByteRowParser<T> fast = fastRows != null && dialect.trailer() == null && dialect.impliedHeader() == null
                    ? fastRows.apply(header) : null;
            while (in.next()) {
                lines++;
                T record = fast == null ? null : fast.parseOrNull(in.bytes(), in.start(), in.end());
                if (record != null) {
                    dataRows++;
                    tally.accept();
                    onRecord.accept(record);
                } else {
                    onLine(text(in));
                }
            }
            checkTrailer();
        }

        /** The current line as text: ASCII as is, other bytes decoded in the file's encoding. */
        private String text(ByteLines in) throws IOException {
            if (in.isAscii()) {
                return in.text(StandardCharsets.ISO_8859_1);
            }
            if (charset == null) {
                charset = TextInput.charsetOf(file);
            }
            return in.text(charset);
        }

        /** The start of a non-CSV body, for the dead letter: enough to recognise the error page. */
        private String bodyHead(String first, ByteLines in) throws IOException {
            StringBuilder head = new StringBuilder(first);
            while (head.length() < Rejection.MAX_RAW_CHARS && in.next()) {
                head.append('\n').append(text(in));
            }
            return head.toString();
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
}
