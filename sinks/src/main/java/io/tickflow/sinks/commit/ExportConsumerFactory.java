package io.tickflow.sinks.commit;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/** Builds the consumer a {@link TopicParquetExporter} needs. */
public final class ExportConsumerFactory {

    private ExportConsumerFactory() {
    }

    /**
     * A consumer that sees only committed transactional data ({@code isolation.level=read_committed}, since the
     * streams app writes with exactly-once), never commits on its own ({@code enable.auto.commit=false}: the
     * exporter commits after its files are in place) and starts at the earliest offset when the group has none.
     *
     * @param bootstrapServers  {@code host:port,...}
     * @param groupId           consumer group whose committed offsets record export progress
     * @param valueDeserializer turns values into Avro records (the project's Confluent-format deserializer)
     * @param overrides         further consumer settings (security, timeouts, {@code auto.offset.reset}); they
     *                          cannot change the servers, group, isolation level or auto commit
     */
    public static <V> KafkaConsumer<byte[], V> create(String bootstrapServers, String groupId,
                                                     Deserializer<V> valueDeserializer, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(overrides);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), valueDeserializer);
    }
}
