package io.tickflow.schemas.registry;

import java.util.Map;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer of generated Avro classes (e.g. {@code io.tickflow.schemas.market.Trade}) in the
 * Confluent wire format, subject {@code <topic>-value} / {@code <topic>-key}. Null records serialize to null.
 *
 * @param <T> the generated class
 */
public final class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private SerdeBinding binding;
    private RegistryAvroEncoder encoder;
    private boolean isKey;

    /** For Kafka's reflective construction: {@link #configure} must follow. */
    public SpecificAvroSerializer() {
    }

    /** @param client registry client; {@code configure} then only sets key/value */
    public SpecificAvroSerializer(SchemaRegistryClient client, boolean autoRegister) {
        this.binding = new SerdeBinding(client, autoRegister);
        this.encoder = new RegistryAvroEncoder(binding, SpecificData.get());
        GeneratedClassTrust.install();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.binding = SerdeBinding.orFrom(binding, configs);
        this.encoder = new RegistryAvroEncoder(binding, SpecificData.get());
        GeneratedClassTrust.install();
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        RegistryAvroEncoder configured = SerdeBinding.require(encoder, getClass().getSimpleName());
        return configured.encode(TopicNameStrategy.subject(topic, isKey), record.getSchema(), record);
    }
}
