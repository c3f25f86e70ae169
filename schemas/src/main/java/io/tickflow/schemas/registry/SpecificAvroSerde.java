package io.tickflow.schemas.registry;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link SpecificAvroSerializer} and {@link SpecificAvroDeserializer} of one generated class as a Kafka
 * {@link Serde}.
 *
 * @param <T> the generated class
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;

    /** Reads into the class named by the writer schema; {@link #configure} must follow. */
    public SpecificAvroSerde() {
        this.serializer = new SpecificAvroSerializer<>();
        this.deserializer = new SpecificAvroDeserializer<>();
    }

    /** @param recordClass generated class to read into, not null; {@link #configure} must follow */
    public SpecificAvroSerde(Class<T> recordClass) {
        this.serializer = new SpecificAvroSerializer<>();
        this.deserializer = new SpecificAvroDeserializer<>(recordClass);
    }

    /**
     * @param recordClass  generated class to read into, not null
     * @param client       registry client; {@code configure} then only sets key/value
     * @param autoRegister whether the serializer registers the class's schema on first use
     */
    public SpecificAvroSerde(Class<T> recordClass, SchemaRegistryClient client, boolean autoRegister) {
        this.serializer = new SpecificAvroSerializer<>(client, autoRegister);
        this.deserializer = new SpecificAvroDeserializer<>(recordClass, client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
