package io.tickflow.schemas.topics;

import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.SpecificAvroSerde;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * An immutable descriptor of one tickflow topic: its name, the Avro class of its values, and its layout.
 * Keys are UTF-8 strings (the ticker, unless the topic's Javadoc in {@link Topics} says otherwise).
 *
 * @param <V> the generated Avro class of the values
 */
public record Topic<V extends SpecificRecordBase>(String name, Class<V> valueClass, TopicSpec spec, String doc) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueClass, "valueClass");
        Objects.requireNonNull(spec, "spec");
    }

    /** The writer schema of the values, as generated from the .avsc file. */
    public Schema valueSchema() {
        return SpecificData.get().getSchema(valueClass);
    }

    /**
     * A serde for the values in the Confluent wire format, registering the schema under {@link #valueSubject()}
     * on first write.
     */
    public SpecificAvroSerde<V> valueSerde(SchemaRegistryClient registry) {
        return new SpecificAvroSerde<>(valueClass, registry, true);
    }

    /** Registry subject of the values under Confluent's TopicNameStrategy. */
    public String valueSubject() {
        return name + "-value";
    }
}
