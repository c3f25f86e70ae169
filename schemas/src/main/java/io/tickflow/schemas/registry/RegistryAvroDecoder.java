package io.tickflow.schemas.registry;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads Confluent wire-format payloads: the writer schema comes from the registry by the id in the
 * payload, the reader schema from {@code readerSchemaOf(writer)}; Avro's schema resolution bridges them.
 */
final class RegistryAvroDecoder {

    private final SchemaRegistryClient client;
    private final GenericData model;
    private final UnaryOperator<Schema> readerSchemaOf;
    private final Map<Integer, DatumReader<Object>> readersById = new ConcurrentHashMap<>();

    /**
     * @param client         registry client
     * @param model          {@code GenericData.get()} or a {@code SpecificData}
     * @param readerSchemaOf writer schema → reader schema (identity for generic records)
     */
    RegistryAvroDecoder(SchemaRegistryClient client, GenericData model, UnaryOperator<Schema> readerSchemaOf) {
        this.client = client;
        this.model = model;
        this.readerSchemaOf = readerSchemaOf;
    }

    /**
     * @param topic   topic the payload came from, for messages
     * @param payload framed bytes, not null
     * @throws SerializationException on an unknown magic byte, a truncated payload, an unknown id, or a
     *                                body that does not decode with the writer schema
     */
    Object decode(String topic, byte[] payload) {
        int id = ConfluentWireFormat.schemaId(payload);
        DatumReader<Object> reader = readerFor(id, topic);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, ConfluentWireFormat.HEADER_BYTES,
                payload.length - ConfluentWireFormat.HEADER_BYTES, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException("cannot decode a record of topic '" + topic + "' with schema id "
                    + id + " (" + payload.length + " bytes; truncated or not Avro binary): " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private DatumReader<Object> readerFor(int id, String topic) {
        DatumReader<Object> cached = readersById.get(id);
        if (cached != null) {
            return cached;
        }
        Schema writer;
        try {
            writer = client.schemaById(id);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot read topic '" + topic + "': writer schema id " + id
                    + " unavailable: " + e.getMessage(), e);
        }
        DatumReader<Object> reader = (DatumReader<Object>) model.createDatumReader(writer, readerSchemaOf.apply(writer));
        readersById.putIfAbsent(id, reader);
        return reader;
    }
}
