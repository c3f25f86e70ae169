package io.tickflow.schemas.registry;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer of Confluent wire-format payloads into {@link GenericRecord}s carrying the writer
 * schema. Null payloads deserialize to null.
 */
public final class GenericAvroDeserializer implements Deserializer<GenericRecord> {

    private SerdeBinding binding;
    private RegistryAvroDecoder decoder;

    /** For Kafka's reflective construction: {@link #configure} must follow. */
    public GenericAvroDeserializer() {
    }

    /** @param client registry client; {@code configure} is then optional */
    public GenericAvroDeserializer(SchemaRegistryClient client) {
        this.binding = new SerdeBinding(client, false);
        this.decoder = new RegistryAvroDecoder(client, GenericData.get(), UnaryOperator.identity());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.binding = SerdeBinding.orFrom(binding, configs);
        this.decoder = new RegistryAvroDecoder(binding.client(), GenericData.get(), UnaryOperator.identity());
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        return (GenericRecord) SerdeBinding.require(decoder, getClass().getSimpleName()).decode(topic, payload);
    }
}
