package io.tickflow.cli.commands;

import io.tickflow.cli.run.TopicExport;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.sinks.commit.ExportStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tickflow export}: a topic into the partitioned Parquet layout (until the sink connector lands). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Land what a topic holds now as partitioned Parquet (ZSTD) under the output layout.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--topic", required = true, description = "Topic to land: bars.dib or trades.")
    String topic;

    @Option(names = "--root", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--version", defaultValue = "v1_2020_2025", description = "Period folder (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--group", description = "Consumer group holding the export's progress (default: tickflow-export-<topic>).")
    String group;

    @Override
    public Integer call() throws IOException {
        Topic<?> t = Topics.byName(topic).orElseThrow(() -> new IllegalArgumentException("unknown topic " + topic));
        ExportStats stats = TopicExport.catchUp(cluster.bootstrapServers(), cluster.registryClient(), t, root, version,
                group != null ? group : "tickflow-export-" + topic);
        System.out.printf("%s: read %,d, wrote %,d rows in %,d files, rejected %,d %s%n", topic, stats.recordsRead(),
                stats.recordsWritten(), stats.filesWritten(), stats.recordsRejected(), stats.rejectedByReason());
        return stats.recordsRejected() == 0 ? 0 : 1;
    }
}
