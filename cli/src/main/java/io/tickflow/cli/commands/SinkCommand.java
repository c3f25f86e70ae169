package io.tickflow.cli.commands;

import io.tickflow.cli.metrics.ServedMetrics;
import io.tickflow.cli.run.SinkSettings;
import io.tickflow.cli.run.StandaloneSink;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow sink}: Kafka Connect standalone, in this process, with the Parquet sink connector. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run Kafka Connect (standalone) with the Parquet sink: topics land as partitioned Parquet "
                + "(ZSTD) under the output layout, each file exactly once.")
public final class SinkCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ClusterOptions cluster;

    @picocli.CommandLine.Mixin
    MetricsOptions metrics;

    @Option(names = "--topics", split = ",", defaultValue = "bars.dib",
            description = "Topics to land, comma separated (default: ${DEFAULT-VALUE}).")
    List<String> topics;

    @Option(names = "--root", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--version", defaultValue = "v1_2020_2025", description = "Period folder (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--flush-size", defaultValue = "50000",
            description = "Records per Kafka partition per set of files (default: ${DEFAULT-VALUE}).")
    int flushSize;

    @Option(names = "--rotate-interval-ms", defaultValue = "-1",
            description = "Record-time span of a file in ms, from record timestamps; -1 off (default: ${DEFAULT-VALUE}).")
    long rotateIntervalMs;

    @Option(names = "--commit-interval-ms", defaultValue = "5000",
            description = "How often durable offsets are committed (default: ${DEFAULT-VALUE}).")
    long commitIntervalMs;

    @Option(names = "--state", defaultValue = "tickflow-data/connect",
            description = "Folder for the worker's offsets file (default: ${DEFAULT-VALUE}).")
    Path state;

    @Option(names = "--name", defaultValue = SinkSettings.DEFAULT_NAME,
            description = "Connector name; its consumer group is connect-<name> (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = {"-p", "--connector-property"}, paramLabel = "KEY=VALUE",
            description = "A further connector property, e.g. topic.trades.folder=raw/trades/{version}; repeatable.")
    Map<String, String> connectorProps = new HashMap<>();

    @Option(names = {"-w", "--worker-property"}, paramLabel = "KEY=VALUE",
            description = "A further Connect worker property, e.g. consumer.session.timeout.ms=10000; repeatable.")
    Map<String, String> workerProps = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        SinkSettings settings = new SinkSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl(), topics, root,
                version, flushSize, rotateIntervalMs, commitIntervalMs, state, name, connectorProps,
                workerProps);
        StandaloneSink sink = StandaloneSink.start(settings);
        String ready = "tickflow sink: landing " + topics + " under " + root.toAbsolutePath() + ".";
        if (!metrics.enabled()) {
            return UntilInterrupted.run(sink, ready);
        }
        ServedMetrics served = ServedMetrics.forSink(sink, settings, metrics.port());
        return UntilInterrupted.run(() -> {
            served.close();
            sink.close();
        }, ready + " Metrics: " + served.uri() + ".");
    }
}
