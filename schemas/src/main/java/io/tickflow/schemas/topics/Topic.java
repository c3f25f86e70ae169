package io.tickflow.schemas.topics;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * An immutable descriptor of one tickflow topic: its name, the Avro class of its values, and its layout.
 * Keys are UTF-8 strings (the ticker, unless the topic's Javadoc in {@link Topics} says otherwise).
 *
 * @param <V> the generated Avro class of the values
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueClass, TopicSpec spec, String doc) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueClass, "valueClass");
        Objects.requireNonNull(spec, "spec");
    }

    /** The writer schema of the values, as generated from the .avsc file. */
    public Schema valueSchema() {
        return SpecificData.get().getSchema(valueClass);
    }

    /** Registry subject of the values under Confluent's TopicNameStrategy. */
    public String valueSubject() {
        return name + "-value";
    }
}
