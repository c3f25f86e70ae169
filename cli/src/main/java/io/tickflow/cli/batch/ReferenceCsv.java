package io.tickflow.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small reference CSVs the batch commands read (splits, market caps): a fixed header, then data lines. */
final class ReferenceCsv {
    private ReferenceCsv() {
    }

    /**
     * Every line of {@code file}, the header first.
     *
     * @throws IllegalArgumentException when the first line is not {@code header}
     */
    static List<String> lines(Path file, String header, String what) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals(header)) {
            throw new IllegalArgumentException(file + ": expected header " + header);
        }
        return lines;
    }
}
