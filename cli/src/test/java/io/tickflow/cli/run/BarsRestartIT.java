package io.tickflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.core.bars.ImbalanceBarMode;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.ImbalanceMetric;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.bars.DibBarsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bars stage stopped and started again gives the bars of an uninterrupted run: once with its local state kept
 * (RocksDB reopened), once with it wiped (every store restored from its changelog). The cuts fall mid-session,
 * mid-bar and mid-block of the imbalance history, and W = 100 (not a multiple of the 32-value block) makes the
 * history wrap, so the open block carried in the bar state and the full blocks of the history store must agree.
 */
class BarsRestartIT {
    private static final GeneratorSettings DATA = new GeneratorSettings(13, 3, 4, LocalDate.of(2024, 5, 1), 0.5);
    private static final ImbalanceBarSettings BARS = new ImbalanceBarSettings(ImbalanceBarMode.HARDENED,
            ImbalanceMetric.DOLLAR, 1000, 3, 100, 20, 10_000, false, 10, 50_000, 50);
    private static final DibBarsTopology.Settings SETTINGS =
            new DibBarsTopology.Settings(BARS, SessionScope.REGULAR, Duration.ofMinutes(5));

    @TempDir
    Path dir;

    @Test
    void barsAfterARestartAndAStateRestoreEqualAnUninterruptedRun() throws Exception {
        List<Trade> trades = trades();
        int[] cuts = {trades.size() * 2 / 5 + 7, trades.size() * 3 / 4 + 13, trades.size()};
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(dir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            String bootstrap = broker.bootstrapServers();
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                new TopicProvisioner(admin, (short) 1).ensure(Topics.ALL, t -> 2);
            }
            produce(bootstrap, client, trades.subList(0, cuts[0]));
            Path state = dir.resolve("state-restarted");
            runUntilCaughtUp(bootstrap, client, "bars-restarted", state);
            produce(bootstrap, client, trades.subList(cuts[0], cuts[1]));
            runUntilCaughtUp(bootstrap, client, "bars-restarted", state); // local RocksDB state reopened
            Utils.delete(state.toFile());
            produce(bootstrap, client, trades.subList(cuts[1], cuts[2]));
            runUntilCaughtUp(bootstrap, client, "bars-restarted", state); // every store restored from its changelog
            List<ImbalanceBar> restarted = readBars(bootstrap, client);

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.deleteTopics(List.of(Topics.BARS_DIB.name())).all().get();
                Thread.sleep(1000); // deletion completes asynchronously
                new TopicProvisioner(admin, (short) 1).ensure(Topics.ALL, t -> 2);
            }
            runUntilCaughtUp(bootstrap, client, "bars-uninterrupted", dir.resolve("state-uninterrupted"));
            List<ImbalanceBar> uninterrupted = readBars(bootstrap, client);

            System.out.printf("restart: %,d trades, %,d bars%n", trades.size(), uninterrupted.size());
            assertThat(uninterrupted).hasSizeGreaterThan(100);
            // as text: Avro's equals tells a NaN threshold (a bar closed during warm-up) from itself; its text
            // prints every double exactly (Double.toString round-trips)
            assertThat(restarted).map(ImbalanceBar::toString)
                    .containsExactlyElementsOf(uninterrupted.stream().map(ImbalanceBar::toString).toList());
        }
    }

    private List<Trade> trades() throws java.io.IOException {
        var data = new SyntheticMarketGenerator(DATA).writeTo(dir.resolve("raw"));
        List<Trade> trades = new ArrayList<>();
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(dir)) {
            data.tradeFiles().forEach(f -> new PolygonTradesCsvReader().read(f, trades::add, rejects));
        }
        trades.sort(Comparator.comparingLong(Trade::getSipTs));
        return trades;
    }

    private static void produce(String bootstrap, SchemaRegistryClient client, List<Trade> trades) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), Topics.TRADES.valueSerde(client).serializer())) {
            for (Trade t : trades) {
                producer.send(new ProducerRecord<>(Topics.TRADES.name(), null, t.getSipTs() / 1_000_000L,
                        t.getTicker(), t));
            }
        }
    }

    private static void runUntilCaughtUp(String bootstrap, SchemaRegistryClient client, String app, Path state)
            throws Exception {
        StreamsSettings settings = new StreamsSettings(app, bootstrap, state, 1, Duration.ofMillis(200));
        try (StreamsRunner runner = StreamsRunner.start(settings,
                DibBarsTopology.build(SETTINGS, DibBarsTopology.TopicSerdes.of(client)))) {
            runner.awaitCaughtUp(Topics.TRADES.name(), Duration.ofMinutes(3));
        }
    }

    /** Every committed bar, by ticker, session and seq (the order within a key is the topic's). */
    private static List<ImbalanceBar> readBars(String bootstrap, SchemaRegistryClient client) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.GROUP_ID_CONFIG,
                "bars-reader-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ImbalanceBar> bars = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                Topics.BARS_DIB.valueSerde(client).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.BARS_DIB.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> bars.add(r.value()));
            }
        }
        bars.sort(Comparator.comparing((ImbalanceBar b) -> b.getTicker()).thenComparing(ImbalanceBar::getSession)
                .thenComparingInt(ImbalanceBar::getSeq));
        return bars;
    }
}
