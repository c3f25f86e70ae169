package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.alerts.AlertsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts stage stopped and started again fires the alerts of an uninterrupted run: once with its local state
 * kept (RocksDB reopened), once with it wiped (every store restored from its changelog). Its stores hold writes behind
 * (write-behind stores, flushed by Kafka Streams before each commit), so this is where a held value that missed a
 * commit would show: a lost "fired" flag fires an alert twice, a lost minute volume or history moves a spike. The
 * bench's spiky trades roll every ticker's session every 600 trades, so every store is written, scanned and deleted
 * from across the cuts, which fall mid-session and mid-minute.
 */
class AlertsRestartIT {
    private static final int TICKERS = 12;
    private static final int SESSIONS = 36; // > the 30-session history window: old sessions are deleted too

    @TempDir
    Path dir;

    @Test
    void alertsAfterARestartAndAStateRestoreEqualAnUninterruptedRun() throws Exception {
        SpikyTrades spiky = new SpikyTrades(TICKERS, 10, 5);
        int total = TICKERS * 10 * 5 * SESSIONS;
        int[] cuts = {total * 2 / 5 + 7, total * 3 / 4 + 13, total};
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(dir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            String bootstrap = broker.bootstrapServers();
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            provision(bootstrap);
            produce(bootstrap, client, spiky, 0, cuts[0]);
            Path state = dir.resolve("state-restarted");
            runUntilCaughtUp(bootstrap, client, "alerts-restarted", state);
            produce(bootstrap, client, spiky, cuts[0], cuts[1]);
            runUntilCaughtUp(bootstrap, client, "alerts-restarted", state); // local RocksDB state reopened
            Utils.delete(state.toFile());
            produce(bootstrap, client, spiky, cuts[1], cuts[2]);
            runUntilCaughtUp(bootstrap, client, "alerts-restarted", state); // every store restored from its changelog
            List<String> restarted = readAlerts(bootstrap, client);

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.deleteTopics(List.of(Topics.ALERTS.name())).all().get();
                Thread.sleep(1000); // deletion completes asynchronously
            }
            provision(bootstrap);
            runUntilCaughtUp(bootstrap, client, "alerts-uninterrupted", dir.resolve("state-uninterrupted"));
            List<String> uninterrupted = readAlerts(bootstrap, client);

            System.out.printf("alerts restart: %,d trades, %,d alerts%n", total, uninterrupted.size());
            assertThat(uninterrupted).hasSizeGreaterThan(SESSIONS * TICKERS * 2);
            assertThat(restarted).containsExactlyElementsOf(uninterrupted);
        }
    }

    private static void provision(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin, (short) 1).ensure(Topics.ALL, t -> 2);
        }
    }

    private static void produce(String bootstrap, SchemaRegistryClient client, SpikyTrades spiky, int from, int to) {
        try (var producer = new KafkaProducer<String, Trade>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), Topics.TRADES.valueSerde(client).serializer())) {
            for (int n = from; n < to; n++) {
                producer.send(spiky.record(n));
            }
        }
    }

    private static void runUntilCaughtUp(String bootstrap, SchemaRegistryClient client, String app, Path state)
            throws Exception {
        StreamsSettings settings = new StreamsSettings(app, bootstrap, state, 1, Duration.ofMillis(200));
        try (StreamsRunner runner = StreamsRunner.start(settings, AlertsTopology.build(AlertsLatencyBench.RULES,
                AlertsTopology.Input.TRADES, AlertsTopology.TopicSerdes.of(client)))) {
            runner.awaitCaughtUp(Topics.TRADES.name(), Duration.ofMinutes(3));
        }
    }

    /** Every committed alert as text, in topic order per partition, partition 0 first. */
    private static List<String> readAlerts(String bootstrap, SchemaRegistryClient client) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.GROUP_ID_CONFIG,
                "alerts-reader-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> alerts = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                Topics.ALERTS.valueSerde(client).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
            for (TopicPartition partition : partitions) {
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                long end = consumer.endOffsets(List.of(partition)).get(partition);
                while (consumer.position(partition) < end) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> alerts.add(r.value().toString()));
                }
            }
        }
        return alerts;
    }
}
