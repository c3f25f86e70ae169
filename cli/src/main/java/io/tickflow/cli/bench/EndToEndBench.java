package io.tickflow.cli.bench;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.TickflowTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Trades per second through the whole stream graph (bars, labels, weights) end to end (produce, process exactly-once, commit), against raw
 * Kafka producing and consuming the same serialized records on the same broker in the same run. Both sides get
 * the same records, keys, partitions and producer settings; only the processing differs.
 */
public final class EndToEndBench {
    private final Path workDir;
    private final TickflowTopology.Stages stages;
    private final int partitions;

    public EndToEndBench(Path workDir, TickflowTopology.Stages stages, int partitions) {
        this.workDir = workDir;
        this.stages = stages;
        this.partitions = partitions;
    }

    /** One measured round: records and seconds of each side. */
    public record Round(long records, double rawSeconds, double tickflowSeconds) {
        public double rawPerSecond() {
            return records / rawSeconds;
        }

        public double tickflowPerSecond() {
            return records / tickflowSeconds;
        }

        public double ratio() {
            return rawSeconds / tickflowSeconds;
        }
    }

    public List<Round> run(List<Path> tradeFiles, int rounds) throws Exception {
        List<Trade> trades = load(tradeFiles);
        List<Round> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(workDir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            for (int round = 0; round < rounds; round++) {
                double raw = rawProduceConsume(broker.bootstrapServers(), client, trades, "bench-raw-" + round);
                double tickflow = throughTopology(broker.bootstrapServers(), client, trades, round);
                results.add(new Round(trades.size(), raw, tickflow));
            }
        }
        return results;
    }

    private List<Trade> load(List<Path> files) throws java.io.IOException {
        List<Trade> trades = new ArrayList<>();
        PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(workDir)) {
            for (Path file : files) {
                reader.read(file, trades::add, rejects);
            }
        }
        trades.sort(java.util.Comparator.comparingLong(Trade::getSipTs)); // the replay's time order
        return trades;
    }

    private double rawProduceConsume(String bootstrap, SchemaRegistryClient client, List<Trade> trades, String topic)
            throws Exception {
        createTopic(bootstrap, topic);
        List<byte[]> values = serialize(client, trades);
        long start = System.nanoTime();
        try (Producer<String, byte[]> producer = ReplayProducerFactory.create(bootstrap, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, null, trades.get(i).getSipTs() / 1_000_000L,
                        trades.get(i).getTicker(), values.get(i)));
            }
        }
        consumeAll(bootstrap, topic, values.size());
        return (System.nanoTime() - start) / 1e9;
    }

    private double throughTopology(String bootstrap, SchemaRegistryClient client, List<Trade> trades, int round)
            throws Exception {
        String prefix = "bench" + round + "-";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin, (short) 1).ensure(Topics.ALL, t -> partitions);
        }
        // A fresh application id per round: every round starts from empty state and offset 0 of new input.
        StreamsSettings settings = new StreamsSettings(prefix + "app", bootstrap, workDir.resolve(prefix + "state"), 1,
                Duration.ofSeconds(1));
        Serializer<Trade> serializer = Topics.TRADES.valueSerde(client).serializer();
        long start;
        try (StreamsRunner streams = StreamsRunner.start(settings, stages, client)) {
            start = System.nanoTime();
            try (Producer<String, Trade> producer = ReplayProducerFactory.create(bootstrap, new StringSerializer(), serializer)) {
                for (Trade t : trades) {
                    producer.send(new ProducerRecord<>(Topics.TRADES.name(), null, t.getSipTs() / 1_000_000L, t.getTicker(), t));
                }
            }
            streams.awaitCaughtUp(Topics.TRADES.name(), Duration.ofMinutes(30));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        deleteInput(bootstrap);
        return seconds;
    }

    private static List<byte[]> serialize(SchemaRegistryClient client, List<Trade> trades) {
        Serializer<Trade> serializer = Topics.TRADES.valueSerde(client).serializer();
        List<byte[]> out = new ArrayList<>(trades.size());
        trades.forEach(t -> out.add(serializer.serialize(Topics.TRADES.name(), t)));
        return out;
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

    private void createTopic(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    /** The next round replays into an empty trades topic, so it measures the same records again. */
    private static void deleteInput(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.deleteTopics(List.of(Topics.TRADES.name(), Topics.BARS_DIB.name())).all().get();
            Thread.sleep(1000); // topic deletion completes asynchronously on the broker
        }
    }
}
