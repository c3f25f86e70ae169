package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Alerts as JSON lines ({@link AlertJson#line}), appended to a file or written to standard output, flushed each. */
public final class JsonLinesOutput implements AlertOutput {
    private final PrintStream out;
    private final boolean owned;

    private JsonLinesOutput(PrintStream out, boolean owned) {
        this.out = out;
        this.owned = owned;
    }

    /** {@code -} is standard output; any other path is appended to (created with its folders). */
    public static JsonLinesOutput to(String target) {
        if (target.equals("-")) {
            return new JsonLinesOutput(System.out, false);
        }
        try {
            Path file = Path.of(target).toAbsolutePath();
            Files.createDirectories(file.getParent());
            return new JsonLinesOutput(new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), false, StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void deliver(Alert alert) {
        out.println(AlertJson.line(alert));
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("writing JSON lines failed"));
        }
    }

    @Override
    public void close() {
        if (owned) {
            out.close();
        }
    }
}
