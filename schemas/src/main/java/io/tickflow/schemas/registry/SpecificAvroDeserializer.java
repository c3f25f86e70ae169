package io.tickflow.schemas.registry;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer of Confluent wire-format payloads into a generated Avro class. The writer schema
 * comes from the registry by id; the reader schema is the generated class's own, so records written with
 * an older or newer compatible schema read into the class this code was compiled with.
 *
 * <p>Without an explicit class (Kafka's reflective construction) the class is the one named by the
 * writer schema's full name, as Confluent's {@code specific.avro.reader=true} does.
 *
 * @param <T> the generated class
 */
public final class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final Class<T> recordClass;
    private SerdeBinding binding;
    private RegistryAvroDecoder decoder;

    /** For Kafka's reflective construction: {@link #configure} must follow. */
    public SpecificAvroDeserializer() {
        this.recordClass = null;
    }

    /** @param recordClass generated class to read into, not null; {@link #configure} must follow */
    public SpecificAvroDeserializer(Class<T> recordClass) {
        this.recordClass = recordClass;
    }

    /**
     * @param recordClass generated class to read into, not null
     * @param client      registry client; {@code configure} is then optional
     */
    public SpecificAvroDeserializer(Class<T> recordClass, SchemaRegistryClient client) {
        this.recordClass = recordClass;
        this.binding = new SerdeBinding(client, false);
        this.decoder = newDecoder();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.binding = SerdeBinding.orFrom(binding, configs);
        this.decoder = newDecoder();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        return (T) SerdeBinding.require(decoder, getClass().getSimpleName()).decode(topic, payload);
    }

    private RegistryAvroDecoder newDecoder() {
        GeneratedClassTrust.install();
        SpecificData model = recordClass == null ? SpecificData.get() : SpecificData.getForClass(recordClass);
        return new RegistryAvroDecoder(binding.client(), model, writer -> readerSchema(model, writer));
    }

    private Schema readerSchema(SpecificData model, Schema writer) {
        Class<?> target = recordClass != null ? recordClass : model.getClass(writer);
        if (target == null || !SpecificRecord.class.isAssignableFrom(target)) {
            throw new SerializationException("no generated Avro class for writer schema "
                    + writer.getFullName() + " on the classpath");
        }
        return model.getSchema(target);
    }
}
