package io.tickflow.cli.bench;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.SettledOutputs;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.daily.DailyMetricsTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;

/**
 * Minute bars per second through the daily stage end to end (produce into bars.1m, daily metrics and info-rich
 * flags in persistent stores, exactly-once commits of daily.metrics and universe.info-rich, until the last rows are
 * committed), against raw Kafka
 * producing and consuming the same serialized bars on the same broker in the same run, as {@link EndToEndBench}
 * does for trades. Each round also measures the application's state folder on disk after it stopped, and the
 * JVM's used heap after a GC hint (broker and registry share the JVM, so heap is an upper bound).
 */
public final class DailyEndToEndBench {
    /** Outputs unchanged this long are complete: several emit intervals (the commit interval, 500 ms here). */
    private static final Duration OUTPUTS_QUIET = Duration.ofSeconds(3);

    private final Path workDir;
    private final DailyMetricsTopology.Settings settings;
    private final int partitions;
    private final java.util.function.Consumer<String> metricsOut;

    public DailyEndToEndBench(Path workDir, DailyMetricsTopology.Settings settings, int partitions) {
        this(workDir, settings, partitions, line -> { });
    }

    /** @param metricsOut receives, after each tickflow round, the Streams metrics of {@link StreamsMetricsReport} */
    public DailyEndToEndBench(Path workDir, DailyMetricsTopology.Settings settings, int partitions,
                              java.util.function.Consumer<String> metricsOut) {
        this.workDir = workDir;
        this.settings = settings;
        this.partitions = partitions;
        this.metricsOut = metricsOut;
    }

    /**
     * One measured round.
     *
     * @param stateBytes bytes under the round's state folder once the application stopped
     * @param heapBytes  used heap of the whole JVM after the round, bytes
     */
    public record Round(long records, double rawSeconds, double tickflowSeconds, long stateBytes, long heapBytes)
            implements ThroughputRound {
    }

    public List<Round> run(List<Path> minuteFiles, int rounds) throws Exception {
        List<Bar> bars = load(minuteFiles);
        List<Round> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(workDir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            var records = new RawKafkaBaseline.Records<>(Topics.BARS_1M, bars, Bar::getTicker,
                    b -> b.getWindowStart() / 1_000_000L);
            List<byte[]> serialized = records.serialized(client);
            for (int round = 0; round < rounds; round++) {
                double raw = RawKafkaBaseline.seconds(broker.bootstrapServers(), client, records,
                        "bench-daily-raw-" + round, partitions);
                Path state = workDir.resolve("bench-daily" + round + "-state");
                double tickflow = throughTopology(broker.bootstrapServers(), client, records, serialized, round, state);
                results.add(new Round(bars.size(), raw, tickflow, sizeOf(state), usedHeap()));
            }
        }
        return results;
    }

    private List<Bar> load(List<Path> files) throws IOException {
        List<Bar> bars = new ArrayList<>();
        PolygonMinuteAggsCsvReader reader = new PolygonMinuteAggsCsvReader();
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(workDir)) {
            for (Path file : files) {
                reader.read(file, bars::add, rejects);
            }
        }
        // the replay's order: each day in window-start order across tickers
        bars.sort(Comparator.comparingLong(Bar::getWindowStart).thenComparing(Bar::getTicker));
        return bars;
    }

    private double throughTopology(String bootstrap, SchemaRegistryClient client, RawKafkaBaseline.Records<Bar> records,
                                   List<byte[]> serialized, int round, Path state) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin, (short) 1).ensure(List.of(Topics.BARS_1M, Topics.DAILY_METRICS,
                    Topics.INFO_RICH, Topics.DEAD_LETTER, Topics.SPLITS, Topics.MARKET_CAP), t -> partitions);
        }
        // a fresh application id per round: every round starts from empty state and offset 0 of new input
        StreamsSettings app = new StreamsSettings("bench-daily" + round + "-app", bootstrap, state, 1,
                Duration.ofMillis(500));
        long start;
        long caughtUp;
        try (StreamsRunner streams = StreamsRunner.start(app,
                DailyMetricsTopology.build(settings, DailyMetricsTopology.TopicSerdes.of(client)))) {
            ThreadCpuTimes cpu = new ThreadCpuTimes();
            start = System.nanoTime();
            RawKafkaBaseline.produce(bootstrap, Topics.BARS_1M.name(), records, serialized);
            streams.awaitCaughtUp(Topics.BARS_1M.name(), Duration.ofMinutes(30));
            // Rows are sent once per emit interval, so the last ones commit after the input offsets: the round
            // ends when the outputs stop moving (the time of their last move, not the quiet wait after it).
            long inputDone = System.nanoTime();
            long outputsDone = SettledOutputs.await(bootstrap,
                    List.of(Topics.DAILY_METRICS.name(), Topics.INFO_RICH.name()), OUTPUTS_QUIET, Duration.ofMinutes(5));
            caughtUp = Math.max(inputDone, outputsDone);
            cpu.sinceStart().forEach(line -> metricsOut.accept("round " + round + " " + line));
            StreamsMetricsReport.lines(streams.metrics()).forEach(line -> metricsOut.accept("round " + round + " " + line));
        }
        metricsOut.accept(String.format("round %d caught up after %.2f s, close took %.2f s", round,
                (caughtUp - start) / 1e9, (System.nanoTime() - caughtUp) / 1e9));
        double seconds = (caughtUp - start) / 1e9; // as EndToEndBench: shutdown is not throughput
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.deleteTopics(List.of(Topics.BARS_1M.name())).all().get();
            Thread.sleep(1000); // topic deletion completes asynchronously on the broker
        }
        return seconds;
    }

    private static long sizeOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long usedHeap() {
        System.gc(); // a hint: the figure is indicative, not exact
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
