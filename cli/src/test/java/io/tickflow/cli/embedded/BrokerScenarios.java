package io.tickflow.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Broker scenarios every supported Kafka must pass: the embedded broker ({@link EmbeddedKafkaBrokerIT}) and, where
 * a Docker engine answers, the {@code apache/kafka} image ({@link DockerKafkaIT}).
 */
abstract class BrokerScenarios {

    /** bootstrap.servers of the broker under test. */
    abstract String bootstrapServers();


    @Test
    void createsEveryTopicOnceWithItsSpecAndReportsPartitionMismatchesWithoutChangingThem() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, (short) 1);
            var first = provisioner.ensure(Topics.ALL, t -> 1);
            var second = provisioner.ensure(Topics.ALL, t -> 2);

            assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL.stream().map(t -> t.name()).toList());
            assertThat(first).hasSize(Topics.ALL.size());
            assertThat(second).allSatisfy(o -> {
                assertThat(o.created()).isFalse();
                assertThat(o.warning() == null).isEqualTo(o.partitions() == 2); // differs: reported, not changed
            });
            ConfigResource splits = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SPLITS.name());
            ConfigEntry policy = admin.describeConfigs(List.of(splits)).all().get().get(splits).get("cleanup.policy");
            assertThat(policy.value()).isEqualTo("compact");
        }
    }

    @Test
    void producedRecordsAreConsumedBackInOrder() {
        String topic = "it-roundtrip";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers(),
                "enable.idempotence", true, "acks", "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 100; i++) {
                producer.send(new ProducerRecord<>(topic, "ABC", "v" + i));
            }
        }
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers(),
                "group.id", "it-roundtrip", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < 100 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.value());
                }
            }
        }
        assertThat(seen).hasSize(100).startsWith("v0", "v1").endsWith("v99");
    }
}
