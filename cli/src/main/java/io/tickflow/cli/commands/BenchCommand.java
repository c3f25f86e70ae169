package io.tickflow.cli.commands;

import io.tickflow.cli.bench.DailyEndToEndBench;
import io.tickflow.cli.bench.EndToEndBench;
import io.tickflow.cli.bench.SinkBench;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tickflow bench}: end-to-end throughput of the stream graph (trades) or of the daily stage (minute bars)
 * against raw Kafka, in one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Trades/s through the bars topology (exactly-once) against raw Kafka produce+consume of the",
                "same serialized records on the same embedded broker, in the same run; prints each round and medians.",
                "--stage daily: minute bars/s through the daily stage (bars.1m -> daily.metrics, universe.info-rich),",
                "with the state folder's size on disk and the JVM's used heap per round.",
                "--stage alerts: minute bar produced -> alert consumed latency (p50, p99) through the alerts topology at",
                "--rates bars/s for --seconds each, at-least-once (commit 20 ms, 1 s) and exactly-once (commit 100 ms, 20 ms).",
                "--stage sink: trades/s from a topic to Parquet through the Connect sink (standalone, in-process)",
                "against a raw consumer of the same topic, and Parquet bytes per trade against the CSV.gz files."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--work-dir", description = "Scratch folder (default: a new temporary folder).")
    Path workDir;

    @Option(names = "--stage", defaultValue = "bars",
            description = {"bars: trades through the whole stream graph; daily: minute bars through the daily stage;",
                    "replay: parse-and-produce of trade CSV.gz files; alerts: bar-to-alert latency;",
                    "sink: trades topic to Parquet through the Connect sink (default: ${DEFAULT-VALUE})."})
    String stage;

    @Option(names = "--rates", split = ",", defaultValue = "10000,50000,100000",
            description = "--stage alerts: input rates, minute bars/s (default: ${DEFAULT-VALUE}).")
    List<Integer> rates;

    @Option(names = "--seconds", defaultValue = "10", description = "--stage alerts: seconds per run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "2",
            description = "--stage alerts: first seconds of each run not measured (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--flush-size", defaultValue = "50000",
            description = "--stage sink: the connector's flush.size (default: ${DEFAULT-VALUE}).")
    int flushSize;

    @Option(names = "--metrics", description = {"After each tickflow round, print the Kafka Streams thread, task,",
            "producer and consumer metrics that say where the time went (poll/process/commit ratios, transaction",
            "and flush times, records per topic)."})
    boolean metrics;

    @Option(names = "--file-sync", defaultValue = "commit",
            description = "--stage sink: the connector's file.sync, always | commit | none (default: ${DEFAULT-VALUE}).")
    String fileSync;

    @Option(names = "--sink-tasks", description = "--stage sink: the connector's tasks.max (default: --partitions).")
    Integer sinkTasks;

    @Mixin
    GenerateCommand.GeneratorOptions generator;

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("tickflow-bench");
        if (stage.equals("alerts")) {
            return alerts(dir);
        }
        GenerationSummary data = new SyntheticMarketGenerator(generator.settings()).writeTo(dir.resolve("raw"));
        if (stage.equals("replay")) {
            return replay(dir, data);
        }
        if (stage.equals("sink")) {
            return sink(dir, data);
        }
        TickflowConfig cfg = TickflowConfig.defaults();
        if (stage.equals("daily")) {
            return daily(dir, data, cfg);
        }
        if (!stage.equals("bars")) {
            throw new IllegalArgumentException("unknown stage " + stage + "; bars, daily, replay or sink");
        }
        List<EndToEndBench.Round> results = new EndToEndBench(dir, cfg.stages(), partitions,
                metricsOut()).run(data.tradeFiles(), rounds);
        System.out.printf("%-6s %10s %14s %16s %7s%n", "round", "trades", "raw kafka/s", "tickflow bars/s", "ratio");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            System.out.printf("%-6d %,10d %,14.0f %,16.0f %6.1f%%%n", i + 1, r.records(), r.rawPerSecond(),
                    r.tickflowPerSecond(), 100 * r.ratio());
        }
        System.out.printf("median %10s %,14.0f %,16.0f %6.1f%%%n", "", median(results, EndToEndBench.Round::rawPerSecond),
                median(results, EndToEndBench.Round::tickflowPerSecond), 100 * median(results, EndToEndBench.Round::ratio));
        return 0;
    }

    private int daily(Path dir, GenerationSummary data, TickflowConfig cfg) throws Exception {
        var settings = cfg.stages().daily().orElseThrow(() -> new IllegalStateException("sessions.scope none"));
        List<DailyEndToEndBench.Round> results = new DailyEndToEndBench(dir, settings, partitions, metricsOut())
                .run(data.minuteAggFiles(), rounds);
        System.out.printf("%d tickers x %d sessions%n", data.tickers().size(), data.sessions().size());
        System.out.printf("%-6s %10s %14s %16s %7s %12s %10s%n", "round", "bars", "raw kafka/s", "tickflow daily/s",
                "ratio", "state MB", "heap MB");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            System.out.printf("%-6d %,10d %,14.0f %,16.0f %6.1f%% %12.1f %10.0f%n", i + 1, r.records(),
                    r.rawPerSecond(), r.tickflowPerSecond(), 100 * r.ratio(), r.stateBytes() / 1e6, r.heapBytes() / 1e6);
        }
        double[] ratios = results.stream().mapToDouble(DailyEndToEndBench.Round::ratio).sorted().toArray();
        double[] rates = results.stream().mapToDouble(DailyEndToEndBench.Round::tickflowPerSecond).sorted().toArray();
        System.out.printf("median tickflow daily/s %,.0f, ratio %.1f%%%n", middle(rates), 100 * middle(ratios));
        return 0;
    }

    private int alerts(Path dir) throws Exception {
        System.out.printf("%-28s %10s %12s %9s %9s %9s %9s%n", "setting", "target/s", "achieved/s", "alerts",
                "p50 ms", "p99 ms", "max ms");
        new io.tickflow.cli.bench.AlertsLatencyBench(dir, partitions, java.time.Duration.ofSeconds(seconds),
                java.time.Duration.ofSeconds(warmupSeconds)).run(io.tickflow.cli.bench.AlertsLatencyBench.defaultSettings(),
                rates, r -> System.out.printf("%-28s %,10d %,12.0f %,9d %9.1f %9.1f %9.1f%n", r.setting().name(),
                        r.targetRate(), r.achievedRate(), r.alerts(), r.p50Ms(), r.p99Ms(), r.maxMs()));
        return 0;
    }

    private java.util.function.Consumer<String> metricsOut() {
        return metrics ? line -> System.out.println("metrics " + line) : line -> { };
    }

    private static double middle(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private int replay(Path dir, GenerationSummary data) throws Exception {
        List<io.tickflow.cli.bench.ReplayBench.Round> results =
                new io.tickflow.cli.bench.ReplayBench(dir, partitions).run(data.tradeFiles(), rounds);
        System.out.printf("%-6s %10s %6s %14s %14s %7s %12s%n", "round", "trades", "files", "plain kafka/s", "replay/s",
                "ratio", "peak heap");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            System.out.printf("%-6d %,10d %6d %,14.0f %,14.0f %6.1f%% %9.0f MB%n", i + 1, r.records(), data.tradeFiles().size(),
                    r.plainPerSecond(), r.replayPerSecond(), 100 * r.ratio(), r.replayPeakHeapBytes() / 1e6);
        }
        return 0;
    }

    private int sink(Path dir, GenerationSummary data) throws Exception {
        List<SinkBench.Round> results = new SinkBench(dir, partitions, flushSize, fileSync,
                sinkTasks == null ? partitions : sinkTasks).run(data.tradeFiles(), rounds);
        System.out.printf("%-6s %10s %14s %12s %7s %9s %14s %14s%n", "round", "trades", "raw consume/s", "sink/s",
                "ratio", "start s", "parquet B/rec", "csv.gz B/rec");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            System.out.printf("%-6d %,10d %,14.0f %,12.0f %6.1f%% %9.1f %14.1f %14.1f%n", i + 1, r.records(),
                    r.rawPerSecond(), r.sinkPerSecond(), 100 * r.ratio(), r.startSeconds(),
                    (double) r.parquetBytes() / r.records(), (double) r.csvGzBytes() / r.records());
        }
        double[] ratios = results.stream().mapToDouble(SinkBench.Round::ratio).sorted().toArray();
        double[] rates = results.stream().mapToDouble(SinkBench.Round::sinkPerSecond).sorted().toArray();
        System.out.printf("median sink/s %,.0f, ratio %.1f%% of raw consume%n", middle(rates), 100 * middle(ratios));
        return 0;
    }

    private static double median(List<EndToEndBench.Round> rounds, java.util.function.ToDoubleFunction<EndToEndBench.Round> f) {
        double[] values = rounds.stream().mapToDouble(f).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
