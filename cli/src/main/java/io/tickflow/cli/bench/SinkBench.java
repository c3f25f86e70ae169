package io.tickflow.cli.bench;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.SinkCatchUp;
import io.tickflow.cli.run.SinkSettings;
import io.tickflow.cli.run.StandaloneSink;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.sinks.connect.ParquetSinkConfig;
import io.tickflow.sinks.connect.TopicLayoutConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.connect.runtime.ConnectorConfig;

/**
 * Topic to Parquet through the real sink connector, in Kafka Connect standalone mode in this JVM (as
 * {@code tickflow sink} runs it), against a raw byte consumer reading the same topic in the same run; and the
 * Parquet bytes per record against the same trades as the Polygon CSV.gz flat files they were read from.
 *
 * <p>The trades are produced once per round into a new topic (untimed). The raw side is a fresh consumer group
 * reading every record as bytes. The sink side is timed from the connector's creation (the worker already started)
 * until its group has committed every partition's last offset, so it includes decoding, Avro to Parquet, ZSTD,
 * renames, manifests and the commit interval; the worker's start-up is reported apart.
 *
 * <p>Warm-up rounds come first: the same round, unreported, repeated while the JIT compiler threads use a tenth of a
 * core or more over a round, at most {@value JitWarmUp#MAX_RUNS} ({@link JitWarmUp}; one line each on the metrics
 * output). Without them the compiler threads still took 1.5 s of CPU per ~3 s round at round 5 (session 6), competing
 * with the two task threads on 2 cores: per-file code of parquet-java and Kafka gets hot slowly.
 */
public final class SinkBench {
    private static final String CONNECTOR = "bench-sink";
    private final Path workDir;
    private final int partitions;
    /** Commit interval of the worker, ms: the wait for the last commit is part of the sink's time. */
    private static final long COMMIT_INTERVAL_MS = 100;
    /** Idle time before the tail is written, ms: the end of a bounded input, part of the sink's time. */
    private static final String FLUSH_IDLE_MS = "200";
    private final int flushSize;
    private final String fileSync;
    private final int tasks;
    private Consumer<String> metricsOut = line -> { };

    /**
     * @param flushSize the connector's {@code flush.size}
     * @param fileSync  the connector's {@code file.sync}: always, commit or none
     * @param tasks     the connector's {@code tasks.max}: Connect runs one task thread per task, each owning some of
     *                  the topic's partitions, as a user scales a sink; at most {@code partitions} do work
     */
    public SinkBench(Path workDir, int partitions, int flushSize, String fileSync, int tasks) {
        this.workDir = workDir;
        this.partitions = partitions;
        this.flushSize = flushSize;
        this.fileSync = fileSync;
        this.tasks = tasks;
    }

    /** With the connector's default {@code file.sync} and one task per partition. */
    public SinkBench(Path workDir, int partitions, int flushSize) {
        this(workDir, partitions, flushSize, ParquetSinkConfig.FILE_SYNC_DEFAULT, partitions);
    }

    /**
     * Sends, after each measured round, the CPU time of every thread role of the round (the sink's task threads are
     * Connect's {@code pool-N-thread}s), measured before the worker stops, and a line per warm-up round; returns this
     * bench.
     */
    public SinkBench reportingMetricsTo(Consumer<String> out) {
        this.metricsOut = out;
        return this;
    }

    /**
     * One round.
     *
     * @param records      trades in the topic
     * @param rawSeconds   raw consume of every record
     * @param sinkSeconds  connector created to every offset committed
     * @param startSeconds worker start-up (not in {@code sinkSeconds})
     * @param parquetBytes bytes of the Parquet files landed
     * @param csvGzBytes   bytes of the CSV.gz files holding the same trades
     */
    public record Round(long records, double rawSeconds, double sinkSeconds, double startSeconds, long parquetBytes,
                        long csvGzBytes) {
        public double rawPerSecond() {
            return records / rawSeconds;
        }

        public double sinkPerSecond() {
            return records / sinkSeconds;
        }

        public double ratio() {
            return rawSeconds / sinkSeconds;
        }
    }

    /**
     * Unmeasured warm-up rounds until the JIT settles ({@link JitWarmUp}), then {@code rounds} measured rounds.
     *
     * @param rounds measured rounds, &gt;= 1
     * @return the measured rounds, in order
     */
    public List<Round> run(List<Path> tradeFiles, int rounds) throws Exception {
        List<Trade> trades = BenchTrades.inReplayOrder(tradeFiles, workDir);
        long csvGzBytes = 0;
        for (Path file : tradeFiles) {
            csvGzBytes += Files.size(file);
        }
        List<Round> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(workDir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            var records = new RawKafkaBaseline.Records<>(Topics.TRADES, trades, Trade::getTicker,
                    t -> t.getSipTs() / 1_000_000L);
            var input = new RoundInput(broker.bootstrapServers(), registry.url(), records, records.serialized(client),
                    csvGzBytes);
            JitWarmUp.untilSettled(warm -> String.format(Locale.ROOT, "sink %.1f%% of raw consume",
                    100 * round(input, "warm-" + warm, line -> { }).ratio()), metricsOut);
            for (int round = 0; round < rounds; round++) {
                String label = "round " + (round + 1) + " ";
                results.add(round(input, Integer.toString(round), line -> metricsOut.accept(label + line)));
            }
        }
        return results;
    }

    /** What every round sends and compares against. */
    private record RoundInput(String bootstrap, String registryUrl, RawKafkaBaseline.Records<Trade> records,
                              List<byte[]> bytes, long csvGzBytes) {
    }

    /**
     * One round, warm-up or measured: the trades into a new topic, the raw consume, then the sink.
     *
     * @param name    names the round's topic, connector and folders
     * @param metrics receives the round's thread CPU lines
     */
    private Round round(RoundInput input, String name, Consumer<String> metrics) throws Exception {
        String topic = "bench-sink-trades-" + name;
        RawKafkaBaseline.createTopic(input.bootstrap(), topic, partitions);
        RawKafkaBaseline.produce(input.bootstrap(), topic, input.records(), input.bytes());
        double raw = RawKafkaBaseline.consumeSeconds(input.bootstrap(), topic, input.bytes().size());
        return sinkRound(input, topic, name, raw, metrics);
    }

    private Round sinkRound(RoundInput input, String topic, String name, double raw,
                            Consumer<String> metrics) throws Exception {
        Path root = workDir.resolve("out-" + name);
        SinkSettings settings = settings(input.bootstrap(), input.registryUrl(), topic, root, name);
        var ends = SinkCatchUp.recordEnds(input.bootstrap(), List.of(topic));
        long launched = System.nanoTime();
        double seconds;
        double start;
        ThreadCpuTimes cpu = new ThreadCpuTimes();
        try (StandaloneSink sink = StandaloneSink.start(settings)) {
            long created = System.nanoTime();
            start = (created - launched) / 1e9;
            SinkCatchUp.awaitCommitted(input.bootstrap(), settings.connectorName(), ends, Duration.ofMinutes(30));
            seconds = (System.nanoTime() - created) / 1e9;
            cpu.sinceStart().forEach(metrics);
        }
        return new Round(input.bytes().size(), raw, seconds, start, parquetBytes(root), input.csvGzBytes());
    }

    /**
     * Trades land as {@code tickflow sink} lands the trades topic ({@code ticker=T/date=D}, partitioned on
     * {@code sip_ts}), ZSTD level 3; the tail is written once no record came for {@value #FLUSH_IDLE_MS} ms (a bounded
     * input's end, which a live sink never sees: the default second would be a fixed cost of every round); no
     * end-of-input sealing (sealing on record time runs, as in production).
     */
    private SinkSettings settings(String bootstrap, String registryUrl, String topic, Path root, String round) {
        String prefix = TopicLayoutConfig.prefixOf(topic);
        Map<String, String> connector = Map.of(prefix + TopicLayoutConfig.FOLDER_CONFIG, "raw/polygon/trades/{version}",
                prefix + TopicLayoutConfig.PARTITIONER_CONFIG, "ticker-date",
                prefix + TopicLayoutConfig.DATE_FIELD_CONFIG, "sip_ts",
                ParquetSinkConfig.FLUSH_WHEN_IDLE_CONFIG, "true", ParquetSinkConfig.FLUSH_IDLE_MS_CONFIG, FLUSH_IDLE_MS,
                ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "-1", ParquetSinkConfig.FILE_SYNC_CONFIG, fileSync,
                ConnectorConfig.TASKS_MAX_CONFIG, Integer.toString(tasks));
        return new SinkSettings(bootstrap, registryUrl, List.of(topic), root, "bench", flushSize, -1, COMMIT_INTERVAL_MS,
                workDir.resolve("connect-" + round), CONNECTOR + "-" + round, connector, Map.of());
    }


    private static long parquetBytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
