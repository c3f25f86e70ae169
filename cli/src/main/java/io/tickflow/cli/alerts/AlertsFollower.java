package io.tickflow.cli.alerts;

import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.alerts.AlertRecords;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the alerts topic in a consumer group, reading committed records only (the streams app writes them in
 * exactly-once transactions), and commits offsets only once every polled alert was delivered: a crash redelivers,
 * and {@link AlertDelivery} drops what was already sent.
 */
public final class AlertsFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsFollower.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final AlertDelivery delivery;
    private long unreadable;

    public AlertsFollower(String bootstrapServers, SchemaRegistryClient registry, String group, AlertDelivery delivery) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                Topics.ALERTS.valueSerde(registry).deserializer());
        this.delivery = delivery;
        consumer.subscribe(List.of(Topics.ALERTS.name()));
    }

    /** One poll: delivers what came, then commits. Returns the records polled. */
    public int pollOnce(Duration timeout) throws InterruptedException {
        ConsumerRecords<String, Alert> records = consumer.poll(timeout);
        for (ConsumerRecord<String, Alert> r : records) {
            try {
                delivery.deliver(AlertRecords.fromAvro(r.value()));
            } catch (IllegalArgumentException e) {
                unreadable++; // e.g. a kind this version does not know: reported, offset still committed
                LOG.warn("alert at {}-{} offset {} skipped: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
            }
        }
        if (!records.isEmpty()) {
            consumer.commitSync();
        }
        return records.count();
    }

    /** Alerts skipped because this version cannot read them. */
    public long unreadable() {
        return unreadable;
    }

    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
