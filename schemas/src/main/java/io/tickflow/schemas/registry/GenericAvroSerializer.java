package io.tickflow.schemas.registry;

import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer of {@link GenericRecord}s in the Confluent wire format, subject
 * {@code <topic>-value} / {@code <topic>-key}. Null records serialize to null (tombstones).
 */
public final class GenericAvroSerializer implements Serializer<GenericRecord> {

    private SerdeBinding binding;
    private RegistryAvroEncoder encoder;
    private boolean isKey;

    /** For Kafka's reflective construction: {@link #configure} must follow. */
    public GenericAvroSerializer() {
    }

    /** @param client registry client; {@code configure} then only sets key/value */
    public GenericAvroSerializer(SchemaRegistryClient client, boolean autoRegister) {
        this.binding = new SerdeBinding(client, autoRegister);
        this.encoder = new RegistryAvroEncoder(binding, GenericData.get());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.binding = SerdeBinding.orFrom(binding, configs);
        this.encoder = new RegistryAvroEncoder(binding, GenericData.get());
    }

    @Override
    public byte[] serialize(String topic, GenericRecord record) {
        if (record == null) {
            return null;
        }
        RegistryAvroEncoder configured = SerdeBinding.require(encoder, getClass().getSimpleName());
        return configured.encode(TopicNameStrategy.subject(topic, isKey), record.getSchema(), record);
    }
}
