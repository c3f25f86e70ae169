package io.tickflow.producers.readers;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * Opens a text file for line reading: gunzips it when it starts with the gzip magic bytes, opens the first
 * member when it is a zip (SEC {@code cnsfailsYYYYMMa.zip}, LEAN {@code 20131007_trade.zip}), and picks the
 * text encoding.
 *
 * <p>Compression is detected from the content, not the name: downloads saved as {@code .csv.gz} are
 * sometimes plain text (an error page), and {@code .csv} files are sometimes still compressed.
 *
 * <p>Encoding: the first {@link #SNIFF_BYTES} bytes are checked; when they are valid UTF-8 the file is read
 * as UTF-8, else as windows-1252. Windows-1252 agrees with Latin-1 on every printable character (they differ
 * only in 0x80–0x9F, control codes in Latin-1 that never occur in these files), so both are read correctly.
 * Bytes past the sniffed prefix that are not valid in the chosen encoding become U+FFFD and surface as field
 * errors, not crashes.
 */
public final class TextInput {

    /** How much of the (decompressed) content decides the encoding: more than any FINRA or SEC file. */
    static final int SNIFF_BYTES = 8 << 20;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextInput() {
    }

    /** Opens {@code file} as lines; the caller closes the reader. */
    public static BufferedReader open(Path file) throws IOException {
        InputStream content = new BufferedInputStream(openContent(file), BUFFER_BYTES);
        try {
            return new BufferedReader(new InputStreamReader(content, charsetOf(content)), BUFFER_BYTES);
        } catch (IOException | RuntimeException e) {
            content.close();
            throw e;
        }
    }

    /**
     * Opens the content of {@code file} as bytes, gunzipped or unzipped as {@link #open} does, for readers that split
     * lines themselves ({@link ByteLines}); the caller closes the stream and decodes non-ASCII text with
     * {@link #charsetOf(Path)}.
     */
    public static InputStream openContent(Path file) throws IOException {
        InputStream bytes = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            return decompressed(bytes);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /**
     * The encoding {@link #open} reads {@code file} in (UTF-8 when its first content bytes are UTF-8, else
     * windows-1252), judged by reading the start of the file again: for readers that meet non-ASCII bytes rarely.
     */
    public static Charset charsetOf(Path file) throws IOException {
        try (InputStream content = new BufferedInputStream(openContent(file), BUFFER_BYTES)) {
            return charsetOf(content);
        }
    }

    private static InputStream decompressed(InputStream in) throws IOException {
        byte[] magic = peek(in, 4);
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GZIPInputStream(in, BUFFER_BYTES);
        }
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            ZipInputStream zip = new ZipInputStream(in);
            if (zip.getNextEntry() == null) {
                throw new IOException("zip archive holds no member");
            }
            return zip;
        }
        return in;
    }

    /** UTF-8 when the first bytes decode as UTF-8 (a sequence cut by the sniff limit is fine), else windows-1252. */
    static Charset charsetOf(InputStream in) throws IOException {
        byte[] head = peek(in, SNIFF_BYTES);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = head.length == SNIFF_BYTES ? trimPartialSequence(head) : head.length;
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, length));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** Length of {@code head} without a UTF-8 sequence that the sniff limit cut in two. */
    private static int trimPartialSequence(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if (b >= 0xC0) {
                return end - back;
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }

    /**
     * The next bytes, up to {@code limit}, left unread. A read error (a truncated gzip) ends the peek early:
     * the error shows up again when the reader reaches that point, after the lines before it were read.
     */
    private static byte[] peek(InputStream in, int limit) throws IOException {
        in.mark(limit);
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[BUFFER_BYTES];
        try {
            int n;
            while (head.size() < limit && (n = in.read(chunk, 0, Math.min(chunk.length, limit - head.size()))) > 0) {
                head.write(chunk, 0, n);
            }
        } catch (IOException e) {
            // left for the line reader to report with its line number
        }
        in.reset();
        return head.toByteArray();
    }
}
