package io.tickflow.producers.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    @Test
    void splitsWhereBufferedReaderSplits() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        byte[] alphabet = {'a', ',', '"', '\r', '\n', ' ', '7'};
        for (int round = 0; round < 2_000; round++) {
            byte[] content = new byte[random.nextInt(200)];
            for (int i = 0; i < content.length; i++) {
                content[i] = alphabet[random.nextInt(alphabet.length)];
            }
            assertThat(byteLines(new ByteArrayInputStream(content))).as(new String(content, StandardCharsets.US_ASCII))
                    .isEqualTo(readerLines(content));
        }
    }

    @Test
    void keepsLinesLongerThanItsBufferAndTerminatorsCutByReads() throws IOException {
        String longLine = "x".repeat(200_000);
        byte[] content = ("a\r" + longLine + "\r\nb\r\n\r\nc").getBytes(StandardCharsets.US_ASCII);

        // reads of 1 to 3 bytes cut every \r\n in two
        assertThat(byteLines(new TrickleInputStream(content))).containsExactly("a", longLine, "b", "", "c");
    }

    @Test
    void givesNoLineForAnEmptyStreamAndNoneAfterAFinalTerminator() throws IOException {
        assertThat(byteLines(new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThat(byteLines(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.US_ASCII)))).containsExactly("a");
        assertThat(byteLines(new ByteArrayInputStream("\r".getBytes(StandardCharsets.US_ASCII)))).containsExactly("");
    }

    private static List<String> byteLines(InputStream in) throws IOException {
        ByteLines lines = new ByteLines(in);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(new String(lines.bytes(), lines.start(), lines.end() - lines.start(), StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    private static List<String> readerLines(byte[] content) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.ISO_8859_1));
        List<String> out = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            out.add(line);
        }
        return out;
    }

    /** Hands out 1 to 3 bytes per read. */
    private static final class TrickleInputStream extends InputStream {
        private final byte[] content;
        private int position;

        TrickleInputStream(byte[] content) {
            this.content = content;
        }

        @Override
        public int read() {
            return position < content.length ? content[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= content.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + position % 3), content.length - position);
            System.arraycopy(content, position, target, offset, n);
            position += n;
            return n;
        }
    }
}
