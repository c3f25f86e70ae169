package io.tickflow.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.testing.SharedKafka;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The broker scenarios on tickflow's embedded KRaft broker, plus what only the embedded broker does. */
@ExtendWith(SharedKafka.class)
class EmbeddedKafkaBrokerIT extends BrokerScenarios {

    @Override
    String bootstrapServers() {
        return SharedKafka.bootstrapServers();
    }

    @Test
    void refusesToStartOnATakenPortWithAMessageNamingIt(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            BrokerSettings settings = new BrokerSettings(dir, port, port == 65535 ? port - 1 : port + 1, 1, true);
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void rollsSegmentsBySizeNotByRecordTime(@TempDir Path dir) throws Exception {
        // Kafka's default rolls a segment once its records span 7 days of record time: a replay of history at speed
        // then rolled (and fsynced) every partition's segment every few seconds. Three records 8 days apart.
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(dir.resolve("data")))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("history", 1, (short) 1))).all().get();
            }
            Instant first = Instant.parse("2024-03-04T14:30:00Z");
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (int week = 0; week < 3; week++) {
                    long ts = first.plus(Duration.ofDays(8L * week)).toEpochMilli();
                    producer.send(new ProducerRecord<>("history", 0, ts, "T", "trade " + week)).get(); // a batch each
                }
            }
            try (Stream<Path> files = Files.list(dir.resolve("data").resolve("history-0"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".log"))).hasSize(1);
            }
        }
    }
}
