package io.tickflow.schemas.registry;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: one magic byte {@code 0}, the schema id as a 4-byte big-endian signed int,
 * then the Avro binary encoding of the datum. Any reader of that format (Confluent, Apicurio with
 * {@code as-confluent}, Karapace, Redpanda) can decode what this class frames.
 */
public final class ConfluentWireFormat {

    /** The only magic byte defined by the format. */
    public static final byte MAGIC_BYTE = 0;
    /** Bytes before the Avro body: magic byte + 4-byte id. */
    public static final int HEADER_BYTES = 5;

    private ConfluentWireFormat() {
    }

    /**
     * Frames an Avro binary body.
     *
     * @param schemaId registry id of the writer schema
     * @param avroBody Avro binary encoding of the datum, not null
     * @return a new array of {@code HEADER_BYTES + avroBody.length} bytes
     */
    public static byte[] frame(int schemaId, byte[] avroBody) {
        return ByteBuffer.allocate(HEADER_BYTES + avroBody.length)
                .put(MAGIC_BYTE).putInt(schemaId).put(avroBody).array();
    }

    /**
     * Reads the schema id of a framed payload.
     *
     * @param payload framed bytes, not null
     * @return the writer schema id
     * @throws SerializationException when the payload is shorter than the header or the magic byte is not 0
     */
    public static int schemaId(byte[] payload) {
        if (payload.length < HEADER_BYTES) {
            throw new SerializationException("truncated Confluent-format payload: " + payload.length
                    + " bytes, the header alone needs " + HEADER_BYTES);
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "unknown magic byte 0x%02x (the Confluent wire format starts with 0x00); "
                            + "the record was not written by a Confluent-format serializer", payload[0]));
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }
}
