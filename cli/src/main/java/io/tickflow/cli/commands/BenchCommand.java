package io.tickflow.cli.commands;

import io.tickflow.cli.bench.DailyEndToEndBench;
import io.tickflow.cli.bench.EndToEndBench;
import io.tickflow.cli.bench.ReplayBench;
import io.tickflow.cli.bench.SinkBench;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.streams.TickflowTopology;
import io.tickflow.cli.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
                "--stage alerts: trade produced -> alert consumed latency (p50, p99) through the alerts topology at",
                "--rates trades/s for --seconds each, at-least-once (commit 20 ms, 1 s) and exactly-once (commit 100 ms, 20 ms);",
                "--alerts-input bars: minute bar produced -> alert consumed instead.",
                "--stage sink: trades/s from a topic to Parquet through the Connect sink (standalone, in-process)",
                "against a raw consumer of the same topic, and Parquet bytes per trade against the CSV.gz files."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--work-dir", description = {"Scratch folder, kept after the run (default: a new temporary folder,",
            "deleted after the run: a bench writes up to a few GB of broker logs and Parquet)."})
    Path workDir;

    @Option(names = "--stage", defaultValue = "bars",
            description = {"bars: trades through bars -> labels -> weights (alerts measured apart); daily: minute bars through the daily stage;",
                    "replay: parse-and-produce of trade CSV.gz and Parquet files; alerts: trade-to-alert latency;",
                    "sink: trades topic to Parquet through the Connect sink (default: ${DEFAULT-VALUE})."})
    String stage;

    @Option(names = "--rates", split = ",", defaultValue = "10000,50000,100000",
            description = "--stage alerts: input rates, records/s (default: ${DEFAULT-VALUE}).")
    List<Integer> rates;

    @Option(names = "--alerts-settings", split = ",",
            description = {"--stage alerts: guarantees and commit intervals to run, as alos:MS or eos:MS, optionally",
                    "with :CACHE_BYTES (statestore.cache.max.bytes instead of 10 MB, e.g. alos:1000:0); each needs",
                    "--seconds >= 4 intervals (default: alos:20,alos:1000,eos:50,eos:100,eos:20)."})
    List<String> alertsSettings;

    @Option(names = "--alerts-input", defaultValue = "TRADES",
            description = "--stage alerts: what the topology reads, TRADES or BARS (default: ${DEFAULT-VALUE}).")
    io.tickflow.streams.alerts.AlertsTopology.Input alertsInput;

    @Option(names = "--alerts-records", defaultValue = "AUTO",
            description = {"--stage alerts: PREPARED (serialized before each run, held in the heap), GENERATED (built",
                    "and serialized at send time: no memory, sending-thread CPU) or AUTO (prepared up to 4 M records",
                    "a run, generated beyond: long runs for 30 s at-least-once commits) (default: ${DEFAULT-VALUE})."})
    io.tickflow.cli.bench.AlertsLatencyBench.InputRecords alertsRecords;

    @Option(names = "--broker", defaultValue = "CHILD",
            description = {"--stage alerts: where the broker runs, CHILD (a child JVM, as in production) or",
                    "IN_PROCESS (the bench's JVM) (default: ${DEFAULT-VALUE})."})
    io.tickflow.cli.bench.AlertsLatencyBench.BrokerPlacement broker;

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
            "and flush times, records per topic). --stage alerts: after each run, the CPU time of its threads, of",
            "the whole process (GC, JIT) and of the broker's JVM."})
    boolean metrics;

    @Option(names = "--latency-dump", description = {"--stage alerts: a folder receiving alerts-latency-run-N.csv per run",
            "(each measured alert's send time on the wall clock, ns, its latency, ns, and the latency's legs: to the",
            "stream thread's poll, in the stream thread, to the probe), to line slow alerts up with commits, GC logs",
            "and JFR. Interceptors on the stream thread's clients stamp the legs (only with this option)."})
    Path latencyDump;

    @Option(names = "--file-sync", defaultValue = "commit",
            description = "--stage sink: the connector's file.sync, always | commit | none (default: ${DEFAULT-VALUE}).")
    String fileSync;

    @Option(names = "--sink-tasks", description = "--stage sink: the connector's tasks.max (default: --partitions).")
    Integer sinkTasks;

    @Option(names = "--replay-inputs", split = ",", defaultValue = "csv,parquet",
            description = "--stage replay: what the replay reads, csv (the CSV.gz day files) and/or parquet (the same "
                    + "trades in the seed's ticker=T/date=D layout) (default: ${DEFAULT-VALUE}).")
    List<String> replayInputs;

    @Option(names = "--chunk-records", description = {"--stage replay: records per transaction, for the replay and the",
            "transactional plain producer alike (default: tickflow replay's)."})
    Long chunkRecords;

    @Mixin
    GenerateCommand.GeneratorOptions generator;

    @Override
    public Integer call() throws Exception {
        if (workDir != null) {
            return run(Files.createDirectories(workDir));
        }
        Path scratch = Files.createTempDirectory("tickflow-bench");
        try {
            return run(scratch);
        } finally {
            try {
                FileTrees.delete(scratch);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("bench: could not delete the scratch folder " + scratch + ": " + e);
            }
        }
    }

    private int run(Path dir) throws Exception {
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
        // The bars topology of issue 5 (bars, labels, weights); alerts over trades have their own latency stage.
        var barStages = new TickflowTopology.Stages(cfg.stages().bars(), cfg.stages().labels(),
                Optional.empty());
        List<EndToEndBench.Round> results = new EndToEndBench(dir, barStages, partitions,
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
        System.out.printf("%-38s %10s %12s %9s %9s %9s %9s%n", "setting", "target/s", "achieved/s", "alerts",
                "p50 ms", "p99 ms", "max ms");
        new io.tickflow.cli.bench.AlertsLatencyBench(dir, alertsInput, partitions, java.time.Duration.ofSeconds(seconds),
                java.time.Duration.ofSeconds(warmupSeconds), broker, new io.tickflow.cli.bench.AlertsLatencyBench.Diagnostics(
                        metricsOut(), Optional.ofNullable(latencyDump)), alertsRecords).run(alertsSettings == null
                        ? io.tickflow.cli.bench.AlertsLatencyBench.defaultSettings()
                        : alertsSettings.stream().map(io.tickflow.cli.bench.AlertsLatencyBench.Setting::parse).toList(),
                rates, r -> System.out.printf("%-38s %,10d %,12.0f %,9d %9.1f %9.1f %9.1f%n", r.setting().name(),
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
        List<ReplayBench.Input> inputs = replayInputs.stream().map(ReplayBench.Input::of).toList();
        List<ReplayBench.Round> results = new ReplayBench(dir, partitions, chunkRecords == null
                ? FileReplaySettings.defaults() : FileReplaySettings.defaults().withChunkRecords(chunkRecords))
                .run(data.tradeFiles(), inputs, rounds);
        System.out.printf("%-6s %-8s %10s %6s %7s %14s %14s %12s %7s %9s %10s %17s %17s%n", "round", "input",
                "trades", "files", "B/rec", "plain kafka/s", "plain txn/s", "replay/s", "ratio", "vs txn", "peak heap",
                "cpu µs/rec p / r", "sender µs p / r");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            System.out.printf("%-6d %-8s %,10d %6d %7.1f %,14.0f %,14.0f %,12.0f %6.1f%% %8.1f%% %7.0f MB %8.2f / %.2f"
                            + " %10.2f / %.2f%n",
                    i / inputs.size() + 1, r.input(), r.records(), r.files(), r.bytesPerRecord(), r.plainPerSecond(),
                    r.plainTransactionalPerSecond(), r.replayPerSecond(), 100 * r.ratio(), 100 * r.transactionalRatio(),
                    r.replayPeakHeapBytes() / 1e6, r.plainCpuMicros(), r.replayCpuMicros(), r.plainSenderCpuMicros(),
                    r.replaySenderCpuMicros());
        }
        for (ReplayBench.Input input : inputs) {
            List<ReplayBench.Round> of = results.stream().filter(r -> r.input() == input).toList();
            System.out.printf("median %-8s plain kafka/s %,.0f, plain txn/s %,.0f, replay/s %,.0f, ratio %.1f%% of plain"
                            + " (%.1f%% of plain txn); cpu µs/rec process plain %.2f, replay %.2f; sending thread"
                            + " plain %.2f, replay %.2f%n", input,
                    middle(of, ReplayBench.Round::plainPerSecond),
                    middle(of, ReplayBench.Round::plainTransactionalPerSecond), middle(of, ReplayBench.Round::replayPerSecond),
                    100 * middle(of, ReplayBench.Round::ratio), 100 * middle(of, ReplayBench.Round::transactionalRatio),
                    middle(of, ReplayBench.Round::plainCpuMicros), middle(of, ReplayBench.Round::replayCpuMicros),
                    middle(of, ReplayBench.Round::plainSenderCpuMicros), middle(of, ReplayBench.Round::replaySenderCpuMicros));
        }
        return 0;
    }

    private static double middle(List<ReplayBench.Round> rounds, java.util.function.ToDoubleFunction<ReplayBench.Round> f) {
        return middle(rounds.stream().mapToDouble(f).sorted().toArray());
    }

    private int sink(Path dir, GenerationSummary data) throws Exception {
        List<SinkBench.Round> results = new SinkBench(dir, partitions, flushSize, fileSync,
                sinkTasks == null ? partitions : sinkTasks).reportingMetricsTo(metricsOut()).run(data.tradeFiles(), rounds);
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
