package io.tickflow.cli.embedded.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SchemaLog} in the compacted, single-partition {@code _schemas} topic, the way Confluent's
 * registry keeps its state: one partition gives one total order of registrations, and replaying it from
 * the beginning rebuilds the same ids after a restart. Appends use an idempotent producer with
 * {@code acks=all} and wait for the acknowledgement.
 */
final class KafkaSchemaLog implements SchemaLog {

    static final String TOPIC = "_schemas";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaLog.class);

    private final String bootstrapServers;
    private final Duration timeout;
    private final KafkaProducer<byte[], byte[]> producer;

    /**
     * Creates {@code _schemas} when absent (compact, 1 partition, replication min(3, brokers)).
     *
     * @param bootstrapServers Kafka bootstrap servers, not null
     * @param timeout          bound of each Kafka operation (topic creation, replay, one append)
     */
    KafkaSchemaLog(String bootstrapServers, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
        ensureTopic();
        this.producer = new KafkaProducer<>(producerProperties());
    }

    @Override
    public List<RegistryEvent> readAll() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            long end = consumer.endOffsets(List.of(PARTITION), timeout).get(PARTITION);
            List<RegistryEvent> events = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            int skipped = 0;
            while (consumer.position(PARTITION, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replaying " + TOPIC + " did not reach offset " + end
                            + " within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    skipped += decodeInto(record, events) ? 0 : 1;
                }
            }
            LOG.info("replayed {} registry events from {} (end offset {}, {} skipped)", events.size(), TOPIC, end, skipped);
            return events;
        }
    }

    private static boolean decodeInto(ConsumerRecord<byte[], byte[]> record, List<RegistryEvent> events) {
        try {
            Optional<RegistryEvent> event = RegistryEventCodec.decode(record.key(), record.value());
            event.ifPresent(events::add);
            if (event.isEmpty()) {
                LOG.warn("{} offset {}: record skipped on replay (tombstone, unknown key type or level)",
                        TOPIC, record.offset());
            }
            return event.isPresent();
        } catch (RuntimeException e) {
            LOG.warn("{} offset {}: unreadable record skipped on replay: {}", TOPIC, record.offset(), e.toString());
            return false;
        }
    }

    @Override
    public void append(RegistryEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPIC, 0,
                RegistryEventCodec.key(event), RegistryEventCodec.value(event));
        try {
            producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryError(500, 50001, "interrupted while persisting to " + TOPIC);
        } catch (ExecutionException | TimeoutException e) {
            throw new RegistryError(500, 50001, "cannot persist to " + TOPIC + ": " + e);
        }
    }

    @Override
    public void close() {
        producer.close(timeout);
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int brokers = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            NewTopic topic = new NewTopic(TOPIC, 1, (short) Math.min(3, brokers))
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("created {} (compact, 1 partition, replication {})", TOPIC, topic.replicationFactor());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC + " on " + bootstrapServers, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + TOPIC, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no Kafka answer from " + bootstrapServers + " within " + timeout, e);
        }
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "tickflow-registry-producer");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "tickflow-registry-replay");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }
}
