package io.tickflow.producers.readers;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a text file for line reading, gunzipping it when it starts with the gzip magic bytes.
 *
 * <p>Compression is detected from the content, not the name: downloads saved as {@code .csv.gz} are
 * sometimes plain text (an error page), and {@code .csv} files are sometimes still compressed.
 * Bytes that are not UTF-8 are replaced by U+FFFD, so they surface as field errors, not crashes.
 */
public final class TextInput {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private TextInput() {
    }

    /** Opens {@code file} as UTF-8 lines; the caller closes the reader. */
    public static BufferedReader open(Path file) throws IOException {
        InputStream bytes = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            InputStream content = isGzip(bytes) ? new GZIPInputStream(bytes, BUFFER_BYTES) : bytes;
            return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), BUFFER_BYTES);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
    }
}
