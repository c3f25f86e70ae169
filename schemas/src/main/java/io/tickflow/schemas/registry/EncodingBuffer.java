package io.tickflow.schemas.registry;

import java.io.OutputStream;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A growable byte buffer and the Avro encoder writing into it, reused record after record by one thread (see
 * {@link RegistryAvroEncoder}): encoding a record then allocates only its result array. Unsynchronized, unlike
 * {@link java.io.ByteArrayOutputStream}, whose every {@code write} took a lock the direct encoder asks for once per
 * field. Not thread-safe: one per thread.
 */
final class EncodingBuffer extends OutputStream {

    private static final int INITIAL_BYTES = 512;

    private byte[] bytes = new byte[INITIAL_BYTES];
    private int count;
    private BinaryEncoder encoder;

    /** Empties the buffer and returns the encoder writing (unbuffered) into it. */
    BinaryEncoder restart() {
        count = 0;
        encoder = EncoderFactory.get().directBinaryEncoder(this, encoder);
        return encoder;
    }

    /** A copy of the bytes written since {@link #restart()}. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, count);
    }

    /** Bytes the buffer holds room for. */
    int capacity() {
        return bytes.length;
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, count, length);
        count += length;
    }

    private void ensure(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }
}
