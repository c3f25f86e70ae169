package io.tickflow.cli.commands;

import io.tickflow.cli.run.DailyTopicLanding;
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

/**
 * {@code tickflow export}: a topic into the partitioned Parquet layout (until the sink connector lands). The daily
 * topics are landed whole, last value per (ticker, date), by {@link DailyTopicLanding}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Land what a topic holds now as partitioned Parquet (ZSTD) under the output layout.",
                "daily.metrics and universe.info-rich are read whole and reduced to the last value per (ticker, date),",
                "written as processed/daily_cache/<version> and processed/universe/info_rich/<version>."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--topic", required = true,
            description = "Topic to land: bars.dib, trades, labels, weights, daily.metrics or universe.info-rich.")
    String topic;

    @Option(names = "--root", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--version", defaultValue = "v1_2020_2025", description = "Period folder (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--group", description = "Consumer group holding the export's progress (default: tickflow-export-<topic>).")
    String group;

    @Override
    public Integer call() throws IOException {
        if (DailyTopicLanding.handles(topic)) {
            DailyTopicLanding.Landed landed = DailyTopicLanding.land(cluster.bootstrapServers(),
                    cluster.registryClient(), topic, root, version);
            System.out.printf("%s: read %,d, landed %,d ticker-sessions, skipped %,d undecodable and %,d without "
                    + "value%n%s%n", topic, landed.recordsRead(), landed.rows(), landed.undecodable(),
                    landed.withoutValue(), landed.summary());
            return landed.skipped() == 0 ? 0 : 1;
        }
        Topic<?> t = Topics.byName(topic).orElseThrow(() -> new IllegalArgumentException("unknown topic " + topic));
        ExportStats stats = TopicExport.catchUp(cluster.bootstrapServers(), cluster.registryClient(), t, root, version,
                group != null ? group : "tickflow-export-" + topic);
        System.out.printf("%s: read %,d, wrote %,d rows in %,d files, rejected %,d %s%n", topic, stats.recordsRead(),
                stats.recordsWritten(), stats.filesWritten(), stats.recordsRejected(), stats.rejectedByReason());
        return stats.recordsRejected() == 0 ? 0 : 1;
    }
}
