package io.tickflow.cli.bench;

import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The baseline every end-to-end benchmark compares with: raw Kafka producing the same records, already serialized
 * in the topic's wire format, with the same keys, record times and producer settings as the replay, then consuming
 * them all back from a fresh topic of the same partition count.
 */
final class RawKafkaBaseline {
    private static final Duration LEADER_WAIT = Duration.ofSeconds(60);
    private static final long LEADER_POLL_MILLIS = 50;

    private RawKafkaBaseline() {
    }

    /** The records of a benchmark: values with their keys and record times. */
    record Records<V extends SpecificRecordBase>(Topic<V> topic, List<V> values, Function<V, String> key,
                                                 ToLongFunction<V> timestampMs) {
        /** The values in the topic's Confluent wire format, serialized once before any timing starts. */
        List<byte[]> serialized(SchemaRegistryClient registry) {
            Serializer<V> serializer = topic.valueSerde(registry).serializer();
            List<byte[]> out = new ArrayList<>(values.size());
            values.forEach(v -> out.add(serializer.serialize(topic.name(), v)));
            return out;
        }
    }

    /** Seconds to produce every record to a new topic {@code rawTopic} and consume them all back. */
    static <V extends SpecificRecordBase> double seconds(String bootstrap, SchemaRegistryClient registry, Records<V> records,
                                                         String rawTopic, int partitions) throws Exception {
        createTopic(bootstrap, rawTopic, partitions);
        List<byte[]> bytes = records.serialized(registry);
        long start = System.nanoTime();
        produce(bootstrap, rawTopic, records, bytes);
        consumeAll(bootstrap, rawTopic, bytes.size());
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Creates {@code topic} with {@code partitions} partitions, replication 1, and returns once every partition's
     * leader answers for it (a list-offsets request, served by the leader's log as a produce is).
     *
     * <p>Why wait: the creation is acknowledged before the broker has loaded the new partitions. An idempotent
     * producer's first batch then fails with a retriable error while its second, pipelined batch lands once the
     * partition is up, and the broker, holding no state for the producer there, accepts it as the producer's first.
     * The retried first batch (sequence 0) is then out of order for good: the broker refuses it with an
     * {@code OutOfOrderSequenceException} once a second until the batch expires (delivery.timeout.ms, 120 s) and its
     * records are lost. That was the replay bench's 120 s stalls on the plain producer.
     */
    static void createTopic(String bootstrap, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                ends.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            awaitLeaders(admin, ends);
        }
    }

    private static void awaitLeaders(Admin admin, Map<TopicPartition, OffsetSpec> ends) throws Exception {
        long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
        while (true) {
            try {
                admin.listOffsets(ends).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(LEADER_POLL_MILLIS);
            }
        }
    }

    /**
     * Sends {@code bytes} (the records' values, already serialized) to {@code topic} with the replay's producer
     * settings, keys and record times, and waits for every acknowledgement (close flushes). Both sides of a bench
     * produce through here, so neither pays for serializing its input inside its timing and the other not.
     */
    static <V extends SpecificRecordBase> void produce(String bootstrap, String topic, Records<V> records,
                                                       List<byte[]> bytes) {
        try (Producer<String, byte[]> producer = ReplayProducerFactory.create(bootstrap, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < bytes.size(); i++) {
                V value = records.values().get(i);
                producer.send(new ProducerRecord<>(topic, null, records.timestampMs().applyAsLong(value),
                        records.key().apply(value), bytes.get(i)));
            }
        }
    }

    /** Seconds for a new consumer group to read {@code expected} records of {@code topic} as raw bytes. */
    static double consumeSeconds(String bootstrap, String topic, long expected) {
        long start = System.nanoTime();
        consumeAll(bootstrap, topic, expected);
        return (System.nanoTime() - start) / 1e9;
    }

    private static void consumeAll(String bootstrap, String topic, long expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long seen = 0;
            while (seen < expected) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
        }
    }
}
