package io.tickflow.producers.replay;

import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.TradeAvroSerializer;
import io.tickflow.schemas.topics.Topic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One value serializer for every topic a replay writes, chosen by the topic name Kafka passes in: lets one
 * transactional producer write trades, bars, short data, dead letters and the replay ledger in one transaction.
 */
public final class TopicValueSerializer implements Serializer<Object> {

    private final Map<String, Serializer<Object>> byTopic = new HashMap<>();

    /**
     * @param topics      Avro topics, serialized in the Confluent format against {@code registry}
     * @param ledgerTopic the replay ledger, written as UTF-8 text
     */
    @SuppressWarnings("unchecked")
    public TopicValueSerializer(SchemaRegistryClient registry, List<Topic<?>> topics, String ledgerTopic) {
        for (Topic<?> topic : topics) {
            // trades, the bulk of a replay, are written field by field straight into their bytes (same bytes)
            Serializer<?> values = topic.valueClass() == Trade.class ? new TradeAvroSerializer(registry)
                    : topic.valueSerde(registry).serializer();
            byTopic.put(topic.name(), (Serializer<Object>) values);
        }
        Serializer<String> text = new StringSerializer();
        byTopic.put(ledgerTopic, (t, value) -> text.serialize(t, (String) value));
    }

    @Override
    public byte[] serialize(String topic, Object value) {
        Serializer<Object> serializer = byTopic.get(topic);
        if (serializer == null) {
            throw new IllegalArgumentException("no serializer for topic " + topic);
        }
        return serializer.serialize(topic, value);
    }
}
