package io.tickflow.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedKafka.class)
class EmbeddedKafkaBrokerIT {

    @Test
    void createsEveryTopicOnceWithItsSpecAndReportsExistingOnesOnTheSecondRun() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, (short) 1);
            var first = provisioner.ensure(Topics.ALL, t -> 1);
            var second = provisioner.ensure(Topics.ALL, t -> 2);

            assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL.stream().map(t -> t.name()).toList());
            assertThat(second).allSatisfy(o -> assertThat(o.created()).isFalse());
            assertThat(second).allSatisfy(o -> assertThat(o.warning()).contains("has 1 partitions"));
            assertThat(first).filteredOn(o -> o.created()).isNotEmpty();
            ConfigResource splits = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SPLITS.name());
            ConfigEntry policy = admin.describeConfigs(List.of(splits)).all().get().get(splits).get("cleanup.policy");
            assertThat(policy.value()).isEqualTo("compact");
        }
    }

    @Test
    void producedRecordsAreConsumedBackInOrder() {
        String topic = "it-roundtrip";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", SharedKafka.bootstrapServers(),
                "enable.idempotence", true, "acks", "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 100; i++) {
                producer.send(new ProducerRecord<>(topic, "ABC", "v" + i));
            }
        }
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", SharedKafka.bootstrapServers(),
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

    @Test
    void refusesToStartOnATakenPortWithAMessageNamingIt(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            BrokerSettings settings = new BrokerSettings(dir, port, port + 1 == 65536 ? port - 1 : port + 1, 1, true);
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("already in use");
        }
    }
}
