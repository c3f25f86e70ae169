package io.tickflow.producers.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The lines of a byte stream, split where {@link java.io.BufferedReader#readLine()} splits them ({@code \n},
 * {@code \r} or {@code \r\n}; a last line without terminator counts, an empty stream has none), handed out as a
 * range of a reused buffer so that a parser can read the bytes without a String per line or per field.
 *
 * <p>Why bytes: decoding every line to UTF-16 and splitting it into Strings was half of a trades replay's parse time.
 * Line terminators are ASCII in UTF-8 and windows-1252 alike, so the lines are the ones a reader of the decoded text
 * sees; a caller that needs the text decodes a line itself.
 *
 * <p>The current line is valid until the next call of {@link #next()}. A read failure ({@link IOException}) surfaces
 * after every complete line before it was handed out; the partial line at the failure is not.
 */
public final class ByteLines {

    private static final int INITIAL_BYTES = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[INITIAL_BYTES];
    private int position;
    private int limit;
    private boolean ended;
    private boolean skipLineFeed;
    private int lineStart;
    private int lineEnd;

    /** @param in the (decompressed) content; not closed here */
    public ByteLines(InputStream in) {
        this.in = in;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the stream
     * @throws IOException when the stream fails; the lines before the failure have been handed out
     */
    public boolean next() throws IOException {
        while (true) {
            if (skipLineFeed && position < limit) {
                position += buffer[position] == '\n' ? 1 : 0;
                skipLineFeed = false;
            }
            int scan = position;
            while (scan < limit && buffer[scan] != '\n' && buffer[scan] != '\r') {
                scan++;
            }
            if (scan < limit || (ended && position < limit)) {
                lineStart = position;
                lineEnd = scan;
                skipLineFeed = scan < limit && buffer[scan] == '\r';
                position = Math.min(scan + 1, limit);
                return true;
            }
            if (ended) {
                return false;
            }
            fill();
        }
    }

    /** The buffer holding the current line (not to be kept: it is reused). */
    public byte[] bytes() {
        return buffer;
    }

    /** Index of the current line's first byte in {@link #bytes()}. */
    public int start() {
        return lineStart;
    }

    /** Index just past the current line's last byte (its terminator excluded). */
    public int end() {
        return lineEnd;
    }

    /** True when every byte of the current line is ASCII (then it is the same text in any encoding a reader meets). */
    public boolean isAscii() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buffer[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The current line as text, decoded in {@code charset}. */
    public String text(Charset charset) {
        return new String(buffer, lineStart, lineEnd - lineStart, charset);
    }

    /** Keeps the unscanned bytes, making room (growing for a line longer than the buffer), and reads more. */
    private void fill() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        position = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
        } else {
            limit += read;
        }
    }
}
