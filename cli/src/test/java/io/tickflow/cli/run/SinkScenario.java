package io.tickflow.cli.run;

import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * One sink scenario on the shared broker: its own topic of dollar-imbalance bars landed under {@code bars/{version}}
 * below {@code root}, with ticker-date folders, and the helpers to produce bars and read back what landed.
 */
final class SinkScenario {

    static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    static final LocalDate JAN_3 = LocalDate.of(2024, 1, 3);
    private static final long OPEN_NS = 1_704_205_800L * 1_000_000_000L;

    /**
     * A killed worker's consumer stays in the group until its session times out (45 s by default in Kafka 4), and a
     * restarted worker waits for that rebalance; the broker's minimum session (6 s) keeps the tests short.
     */
    static final Map<String, String> FAST_REJOIN = Map.of("consumer.session.timeout.ms", "6000",
            "consumer.heartbeat.interval.ms", "1000");

    final String bootstrap;
    final String registryUrl;
    final String topic;
    final Path root;

    SinkScenario(String bootstrap, String registryUrl, String topic, Path root) {
        this.bootstrap = bootstrap;
        this.registryUrl = registryUrl;
        this.topic = topic;
        this.root = root;
    }

    void createTopic(int partitions) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    /** Connector keys that land the topic as {@code bars/{version}/ticker=T/date=D}. */
    Map<String, String> layoutProps() {
        return Map.of("topic." + topic + ".folder", "bars/{version}", "topic." + topic + ".partitioner", "ticker-date",
                "topic." + topic + ".date.field", "session");
    }

    SinkSettings settings(int flushSize, Path state, String name) {
        return new SinkSettings(bootstrap, registryUrl, List.of(topic), root, "v1", flushSize, -1, 200, state, name,
                layoutProps(), FAST_REJOIN);
    }

    /** A bar with open = 10 + seq and record time = its open time. */
    static ImbalanceBar bar(String ticker, LocalDate session, int seq) {
        long open = OPEN_NS + seq * 60_000_000_000L;
        return ImbalanceBar.newBuilder().setTicker(ticker).setSession(session).setSeq(seq)
                .setOpenTime(open).setCloseTime(open + 59_000_000_000L)
                .setOpen(10 + seq).setHigh(11 + seq).setLow(9 + seq).setClose(10.5 + seq)
                .setVolume(100).setBuyVolume(50).setTicks(3).setDollarValue(1000).setTheta(1).setThreshold(2)
                .setExpTicks(3).setExpImbalance(0.5).setComplete(true).build();
    }

    /** Sends each bar to the given partition, in order, and waits for every acknowledgement. */
    void produce(List<ImbalanceBar> bars, List<Integer> partitions) throws Exception {
        var serde = Topics.BARS_DIB.valueSerde(new SchemaRegistryClient(registryUrl));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), serde.serializer())) {
            for (int i = 0; i < bars.size(); i++) {
                ImbalanceBar bar = bars.get(i);
                producer.send(new ProducerRecord<>(topic, partitions.get(i), bar.getOpenTime() / 1_000_000,
                        bar.getTicker(), bar)).get();
            }
        }
    }

    /** Visible Parquet files under the dataset folder, relative to it, sorted. */
    List<String> files() throws IOException {
        Path dataset = root.resolve("bars/v1");
        if (!Files.isDirectory(dataset)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dataset)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> dataset.relativize(p).toString()).sorted().toList();
        }
    }

    /** Every row of every visible file as {@code ticker|session|seq}, in file then row order. */
    List<String> rows() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String file : files()) {
            rows.addAll(rowsOf(file));
        }
        return rows;
    }

    List<String> rowsOf(String file) throws IOException {
        List<String> rows = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.genericRecordReader(
                new LocalInputFile(root.resolve("bars/v1").resolve(file)), new PlainParquetConfiguration())) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                rows.add(r.get("ticker") + "|" + LocalDate.ofEpochDay((Integer) r.get("session")) + "|" + r.get("seq"));
            }
        }
        return rows;
    }

    /** Offsets committed by the connector's consumer group {@code connect-<name>}. */
    Map<Integer, Long> committed(String connectorName) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("connect-" + connectorName)
                    .partitionsToOffsetAndMetadata().get();
            Map<Integer, Long> byPartition = new TreeMap<>();
            offsets.forEach((tp, om) -> {
                if (tp.topic().equals(topic) && om != null) {
                    byPartition.put(tp.partition(), om.offset());
                }
            });
            return byPartition;
        }
    }

    /** Moves the connector's group back to offset 0 on every partition; the connector must be stopped. */
    void rewind(String connectorName, Set<Integer> partitions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> zero = new TreeMap<>((a, b) -> Integer.compare(a.partition(), b.partition()));
        partitions.forEach(p -> zero.put(new TopicPartition(topic, p), new OffsetAndMetadata(0)));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.alterConsumerGroupOffsets("connect-" + connectorName, zero).all().get();
        }
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
