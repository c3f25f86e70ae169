package io.tickflow.schemas.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;

/** Writes one Avro datum in the Confluent wire format, registering (or looking up) its schema first. */
final class RegistryAvroEncoder {

    private final SerdeBinding binding;
    private final GenericData model;

    /**
     * @param binding registry and registration policy
     * @param model   {@code GenericData.get()} for generic records, a {@code SpecificData} for generated ones
     */
    RegistryAvroEncoder(SerdeBinding binding, GenericData model) {
        this.binding = binding;
        this.model = model;
    }

    /**
     * @param subject subject of the schema (TopicNameStrategy)
     * @param schema  the datum's schema
     * @param datum   record to write, not null
     * @throws SerializationException naming the subject when the registry refuses or the datum does not
     *                                match its schema; the registry's {@link SchemaRegistryException} is the cause
     */
    byte[] encode(String subject, Schema schema, Object datum) {
        int id = schemaId(subject, schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(ConfluentWireFormat.MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writerOf(schema).write(datum, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot write a " + schema.getFullName() + " for subject '"
                    + subject + "': " + e, e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private DatumWriter<Object> writerOf(Schema schema) {
        return (DatumWriter<Object>) model.createDatumWriter(schema);
    }

    private int schemaId(String subject, Schema schema) {
        try {
            return binding.autoRegister() ? binding.client().register(subject, schema)
                    : binding.client().idOf(subject, schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(e.getMessage(), e);
        }
    }
}
