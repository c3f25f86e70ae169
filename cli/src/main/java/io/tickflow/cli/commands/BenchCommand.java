package io.tickflow.cli.commands;

import io.tickflow.cli.bench.DailyEndToEndBench;
import io.tickflow.cli.bench.EndToEndBench;
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
                "with the state folder's size on disk and the JVM's used heap per round."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--work-dir", description = "Scratch folder (default: a new temporary folder).")
    Path workDir;

    @Option(names = "--stage", defaultValue = "bars",
            description = {"bars: trades through the whole stream graph; daily: minute bars through the daily stage;",
                    "replay: parse-and-produce of trade CSV.gz files (default: ${DEFAULT-VALUE})."})
    String stage;

    @Option(names = "--metrics", description = {"After each tickflow round, print the Kafka Streams thread, task,",
            "producer and consumer metrics that say where the time went (poll/process/commit ratios, transaction",
            "and flush times, records per topic)."})
    boolean metrics;

    @Mixin
    GenerateCommand.GeneratorOptions generator;

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("tickflow-bench");
        GenerationSummary data = new SyntheticMarketGenerator(generator.settings()).writeTo(dir.resolve("raw"));
        if (stage.equals("replay")) {
            return replay(dir, data);
        }
        TickflowConfig cfg = TickflowConfig.defaults();
        if (stage.equals("daily")) {
            return daily(dir, data, cfg);
        }
        if (!stage.equals("bars")) {
            throw new IllegalArgumentException("unknown stage " + stage + "; bars, daily or replay");
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

    private static double median(List<EndToEndBench.Round> rounds, java.util.function.ToDoubleFunction<EndToEndBench.Round> f) {
        double[] values = rounds.stream().mapToDouble(f).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
