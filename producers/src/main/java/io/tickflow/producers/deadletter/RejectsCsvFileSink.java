package io.tickflow.producers.deadletter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Batch-mode dead letters: writes every rejection as one row of a {@code rejects.csv} file with the
 * header {@code source,position,format,reason,raw} (the fields of the dead-letter topic, minus the time).
 *
 * <p>The file is created or truncated on open. Fields are quoted as RFC 4180 says when they contain a
 * comma, a quote or a line break, so a raw line that itself is CSV survives intact.
 */
public final class RejectsCsvFileSink implements DeadLetterSink {

    /** File name used by {@link #inDirectory(Path)}. */
    public static final String FILE_NAME = "rejects.csv";
    /** Header row of the file. */
    public static final String HEADER = "source,position,format,reason,raw";

    private final Path file;
    private final BufferedWriter writer;
    private long written;

    /** Opens (creating or truncating) {@code file} and writes the header. */
    public RejectsCsvFileSink(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write(HEADER);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open rejects file " + file, e);
        }
    }

    /** Opens {@code dir/rejects.csv}. */
    public static RejectsCsvFileSink inDirectory(Path dir) {
        return new RejectsCsvFileSink(dir.resolve(FILE_NAME));
    }

    @Override
    public void accept(Rejection rejection) {
        String row = String.join(",",
                quoted(rejection.source()),
                quoted(rejection.position()),
                quoted(rejection.format() == null ? "" : rejection.format()),
                quoted(rejection.reason()),
                quoted(rejection.raw()));
        try {
            writer.write(row);
            writer.write('\n');
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to rejects file " + file, e);
        }
    }

    /** Rows written so far, header excluded. */
    public long written() {
        return written;
    }

    /** The file this sink writes. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close rejects file " + file, e);
        }
    }

    static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
