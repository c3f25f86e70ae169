package io.tickflow.producers.readers.parquet;

import io.tickflow.producers.readers.BodyKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Describes the first bytes of a file that should have been Parquet, for a rejection reason. */
final class ParquetMagic {

    private ParquetMagic() {
    }

    /** The last 4 bytes of a file of {@code length} bytes (at least 4). */
    static byte[] tail(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer tail = ByteBuffer.allocate(4);
            channel.read(tail, length - 4);
            return tail.array();
        }
    }

    /** "a gzip stream", "an HTML body", or the bytes in hex. */
    static String describe(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return "the gzip magic bytes";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String firstLine = text.lines().findFirst().orElse("");
        BodyKind kind = BodyKind.ofFirstLine(firstLine);
        if (kind != BodyKind.CSV) {
            return "a " + kind + " body (an error page saved under a data name?)";
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(4, head.length); i++) {
            hex.append(String.format("%02x", head[i] & 0xff));
        }
        return "bytes 0x" + hex;
    }
}
