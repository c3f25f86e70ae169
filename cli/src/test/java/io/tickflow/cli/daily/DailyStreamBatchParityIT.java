package io.tickflow.cli.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.batch.DailyBatch;
import io.tickflow.cli.batch.DailyCacheOutput;
import io.tickflow.cli.batch.UniverseBatch;
import io.tickflow.cli.batch.UniverseOutputs;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.daily.DailyMetricsTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three months of generated minute bars through Kafka (bars.1m → daily stage → daily.metrics, universe.info-rich)
 * against {@code tickflow batch daily} and {@code batch universe} over the same files: the last value of every
 * ticker-session equals the batch row, field for field, and both write the same files with the same bytes.
 */
@ExtendWith(SharedKafka.class)
class DailyStreamBatchParityIT {
    /** 6 tickers × 63 sessions (2024-01-02 … 2024-04-02), bursts after each ticker's tenth session. */
    private static final GeneratorSettings DATA = new GeneratorSettings(11, 6, 63, LocalDate.of(2024, 1, 2), 0.3);
    /** The seed's rules with a dollar-volume floor the small synthetic tape can reach, so watchlists are not empty. */
    private static final InfoRichRules RULES = new InfoRichRules(2.0, 0.15, 200_000, 0.5, 20, 2e9);
    private static final String VERSION = "v_parity";

    @TempDir
    Path dir;
    private EmbeddedSchemaRegistry registry;

    @AfterEach
    void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void streamOutputEqualsBatchOutputRowForRow() throws Exception {
        GenerationSummary data = new SyntheticMarketGenerator(DATA).writeTo(dir.resolve("in"));
        DailyBatch.Result batch = new DailyBatch(SessionScope.REGULAR, Map.of()).run(data.minuteAggFiles(), failOnReject());
        List<InfoRichFlag> batchFlags = UniverseBatch.flagsOf(batch.rows(), RULES);

        String bootstrap = SharedKafka.bootstrapServers();
        registry = EmbeddedSchemaRegistry.start(bootstrap, 0);
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        List<Topic<?>> topics = List.of(Topics.BARS_1M, Topics.DAILY_METRICS, Topics.INFO_RICH, Topics.DEAD_LETTER);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin, (short) 1).ensure(topics, t -> 2);
        }
        long sent = replayMinutes(bootstrap, client, data.minuteAggFiles());
        var settings = new DailyMetricsTopology.Settings(SessionScope.REGULAR, Duration.ofMinutes(30), RULES);
        var serdes = new DailyMetricsTopology.TopicSerdes(Topics.BARS_1M.valueSerde(client),
                Topics.DAILY_METRICS.valueSerde(client), Topics.INFO_RICH.valueSerde(client),
                Topics.DEAD_LETTER.valueSerde(client));
        StreamsSettings app = new StreamsSettings("daily-parity-it", bootstrap, dir.resolve("state"), 1,
                Duration.ofMillis(200));
        try (StreamsRunner runner = StreamsRunner.start(app, DailyMetricsTopology.build(settings, serdes))) {
            runner.awaitCaughtUp(Topics.BARS_1M.name(), Duration.ofMinutes(4));
        }
        List<DailyMetrics> streamRows = lastPerSession(readAll(bootstrap, client, Topics.DAILY_METRICS),
                DailyMetrics::getTicker, DailyMetrics::getDate);
        List<InfoRichFlag> streamFlags = lastPerSession(readAll(bootstrap, client, Topics.INFO_RICH),
                InfoRichFlag::getTicker, InfoRichFlag::getDate);

        System.out.printf("parity: %,d minute bars in, %,d ticker-sessions, %,d info-rich%n", sent,
                batch.rows().size(), batchFlags.stream().filter(InfoRichFlag::getInfoRich).count());
        assertThat(batch.rows()).hasSize(6 * 63);
        assertThat(streamRows).containsExactlyElementsOf(batch.rows());
        assertThat(streamFlags).containsExactlyElementsOf(batchFlags);
        assertThat(batchFlags).anyMatch(InfoRichFlag::getInfoRich);

        Path batchOut = dir.resolve("batch");
        Path streamOut = dir.resolve("stream");
        DailyCacheOutput.write(batchOut, VERSION, batch.rows());
        UniverseOutputs.write(batchOut, VERSION, batchFlags);
        DailyCacheOutput.write(streamOut, VERSION, streamRows);
        UniverseOutputs.write(streamOut, VERSION, streamFlags);
        assertThat(filesAndBytes(streamOut)).isEqualTo(filesAndBytes(batchOut));
        assertThat(batchOut.resolve("processed/universe/info_rich/" + VERSION + "/stats/topN_12m_rolling.parquet"))
                .exists();
    }

    /** Minute bars into bars.1m, day by day, each day in window-start order across tickers (as a live feed). */
    private static long replayMinutes(String bootstrap, SchemaRegistryClient client, List<Path> files) {
        PolygonMinuteAggsCsvReader reader = new PolygonMinuteAggsCsvReader();
        long sent = 0;
        try (Producer<String, Bar> producer = ReplayProducerFactory.create(bootstrap, new StringSerializer(),
                Topics.BARS_1M.valueSerde(client).serializer())) {
            for (Path file : files) {
                List<Bar> day = new ArrayList<>();
                reader.read(file, day::add, failOnReject());
                day.sort(Comparator.comparingLong(Bar::getWindowStart).thenComparing(Bar::getTicker));
                for (Bar bar : day) {
                    producer.send(new ProducerRecord<>(Topics.BARS_1M.name(), null, bar.getWindowStart() / 1_000_000L,
                            bar.getTicker(), bar));
                    sent++;
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static <V extends org.apache.avro.specific.SpecificRecordBase> List<V> readAll(
            String bootstrap, SchemaRegistryClient client, Topic<V> topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<V> out = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                topic.valueSerde(client).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }

    /** The last value of each (ticker, date), ordered by ticker then date: how a reader of these topics keeps them. */
    private static <V> List<V> lastPerSession(List<V> values, java.util.function.Function<V, CharSequence> ticker,
                                              java.util.function.Function<V, LocalDate> date) {
        Map<String, V> last = new LinkedHashMap<>();
        values.forEach(v -> last.put(ticker.apply(v) + "\u0000" + date.apply(v), v));
        return last.values().stream().sorted(Comparator.comparing((V v) -> ticker.apply(v).toString())
                .thenComparing(date)).toList();
    }

    private static Map<String, String> filesAndBytes(Path root) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static DeadLetterSink failOnReject() {
        return new DeadLetterSink() {
            @Override
            public void accept(io.tickflow.producers.deadletter.Rejection rejection) {
                throw new AssertionError("generated data was rejected: " + rejection);
            }

            @Override
            public void close() {
            }
        };
    }
}
