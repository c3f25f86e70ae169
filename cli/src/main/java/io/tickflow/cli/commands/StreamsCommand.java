package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.metrics.ServedMetrics;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tickflow streams}: the topologies against a cluster, until Ctrl-C. */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run tickflow's Kafka Streams topologies (streams.processing_guarantee, exactly-once by default)",
                "against a cluster until Ctrl-C.",
                "Missing topics are created first with the catalog's partitions and the broker's default replication",
                "(as tickflow topics does; existing topics are never changed): the global stores need theirs to exist."})
public final class StreamsCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--config", description = "YAML configuration overriding the defaults.")
    Path config;

    @Option(names = "--state-dir", description = "RocksDB state folder (default: streams.state_dir of the configuration).")
    Path stateDir;

    @Option(names = "--application-id", description = "Kafka Streams application id (default: streams.application_id).")
    String applicationId;

    @Override
    public Integer call() throws InterruptedException {
        TickflowConfig cfg = TickflowConfig.load(config);
        StreamsSettings settings = cfg.streams().settings(applicationId, cluster.bootstrapServers(), stateDir);
        ensureTopics();
        StreamsRunner runner = StreamsRunner.start(settings, cfg.stages(), cluster.registryClient());
        String ready = "Streams application '" + settings.applicationId() + "' running on " + cluster.bootstrapServers() + ".";
        if (!metrics.enabled()) {
            return UntilInterrupted.run(runner, ready);
        }
        ServedMetrics served = ServedMetrics.forStreams(runner, settings, cluster.registryClient(), metrics.port());
        return UntilInterrupted.run(() -> {
            served.close();
            runner.close();
        }, ready + " Metrics: " + served.uri() + ".");
    }

    /** Creates the catalog's missing topics; a mismatch on an existing topic is reported, never changed. */
    private void ensureTopics() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            new TopicProvisioner(admin, (short) -1).ensure(Topics.ALL, t -> t.spec().partitions()).stream()
                    .filter(o -> o.created() || o.warning() != null)
                    .forEach(o -> System.out.println("topic " + o.topic() + ": "
                            + (o.created() ? "created with " + o.partitions() + " partitions" : o.warning())));
        }
    }
}
