package io.tickflow.streams.stores;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serdes for the stages' state-store values: a format-version byte, then the fields written with
 * {@link DataOutputStream}. The version byte lets a later layout still read stores and changelogs written by
 * this one; an unknown version is an error naming the store, never a silent misread.
 */
public final class BinaryStateSerde {
    private BinaryStateSerde() {
    }

    /** Writes one value's fields. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    /** Reads one value's fields, in the order the writer wrote them. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /**
     * @param what    what the store holds, for the error on an unknown version (e.g. "daily state")
     * @param version the format version written in front of every value
     */
    public static <T> Serde<T> of(String what, byte version, Writer<T> writer, Reader<T> reader) {
        return of(what, version, writer, reader, Map.of());
    }

    /**
     * As {@link #of(String, byte, Writer, Reader)}, also reading values written by earlier formats (they are
     * written back in the current one).
     *
     * @param olderReaders a reader per earlier format version
     */
    public static <T> Serde<T> of(String what, byte version, Writer<T> writer, Reader<T> reader,
                                  Map<Byte, Reader<T>> olderReaders) {
        Map<Byte, Reader<T>> readers = new HashMap<>(olderReaders);
        readers.put(version, reader);
        return Serdes.serdeFrom((topic, value) -> value == null ? null : write(version, writer, value),
                (topic, bytes) -> bytes == null ? null : read(what, version, readers, bytes));
    }

    private static <T> byte[] write(byte version, Writer<T> writer, T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(version);
            writer.write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(String what, byte version, Map<Byte, Reader<T>> readers, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte found = in.readByte();
            Reader<T> reader = readers.get(found);
            if (reader == null) {
                throw new IllegalStateException("unknown " + what + " format " + found + " (expected " + version + ")");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
