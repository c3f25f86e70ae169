package io.tickflow.schemas.registry;

import java.io.IOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.kafka.common.errors.SerializationException;

/** Writes one Avro datum in the Confluent wire format, registering (or looking up) its schema first. */
final class RegistryAvroEncoder {

    private final SerdeBinding binding;
    private final GenericData model;
    /**
     * The last subject and schema written, with their id and writer: a serializer almost always writes one schema
     * to one subject, and looking both up per record (registry cache key, a new DatumWriter) was a third of the
     * encoding time in a profile of {@code tickflow bench --stage replay}. Immutable and volatile: serializers may
     * be shared between threads, and a DatumWriter is stateless between writes.
     */
    private volatile Resolved last;
    /**
     * One buffer and encoder per thread, reused record after record: a new stream, encoder and growing array per
     * record were a tenth of a trades replay's encoding time. A buffer that grew past {@link #KEPT_BUFFER_BYTES}
     * for an unusually large record is dropped afterwards, so no thread keeps a large array for good.
     */
    private final ThreadLocal<EncodingBuffer> buffers = ThreadLocal.withInitial(EncodingBuffer::new);
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private record Resolved(String subject, Schema schema, int id, DatumWriter<Object> writer) {
    }

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
        Resolved resolved = resolve(subject, schema);
        int id = resolved.id();
        EncodingBuffer out = buffers.get();
        BinaryEncoder encoder = out.restart();
        out.write(ConfluentWireFormat.MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        try {
            resolved.writer().write(datum, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot write a " + schema.getFullName() + " for subject '"
                    + subject + "': " + e, e);
        }
        byte[] framed = out.toByteArray();
        if (out.capacity() > KEPT_BUFFER_BYTES) {
            buffers.remove();
        }
        return framed;
    }

    private Resolved resolve(String subject, Schema schema) {
        Resolved cached = last;
        if (cached != null && cached.schema() == schema && cached.subject().equals(subject)) {
            return cached;
        }
        Resolved fresh = new Resolved(subject, schema, schemaId(subject, schema), writerOf(schema));
        last = fresh;
        return fresh;
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
