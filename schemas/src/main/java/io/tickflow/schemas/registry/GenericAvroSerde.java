package io.tickflow.schemas.registry;

import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** {@link GenericAvroSerializer} and {@link GenericAvroDeserializer} as one Kafka {@link Serde}. */
public final class GenericAvroSerde implements Serde<GenericRecord> {

    private final GenericAvroSerializer serializer;
    private final GenericAvroDeserializer deserializer;

    /** For Kafka's reflective construction: {@link #configure} must follow. */
    public GenericAvroSerde() {
        this.serializer = new GenericAvroSerializer();
        this.deserializer = new GenericAvroDeserializer();
    }

    /** @param client registry client; {@code configure} then only sets key/value */
    public GenericAvroSerde(SchemaRegistryClient client, boolean autoRegister) {
        this.serializer = new GenericAvroSerializer(client, autoRegister);
        this.deserializer = new GenericAvroDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        return deserializer;
    }
}
