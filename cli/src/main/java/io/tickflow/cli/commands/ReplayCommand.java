package io.tickflow.cli.commands;

import io.tickflow.cli.run.MinuteBarReplay;
import io.tickflow.cli.run.SplitsPublish;
import io.tickflow.cli.run.TradeReplay;
import io.tickflow.producers.replay.ReplayResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tickflow replay}: trade day files into the {@code trades} topic, or with {@code --minute-aggs} minute
 * aggregate day files into {@code bars.1m}, in time order.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay Polygon trade flat files (day files, or folders holding them) into the trades topic;",
                "with --minute-aggs, minute aggregate flat files into bars.1m (the daily stage's input)."})
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--speed", defaultValue = "0",
            description = "Multiple of real time; 0 replays as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--minute-aggs",
            description = "The paths hold minute aggregates (minute_aggs_v1); replay them into bars.1m.")
    boolean minuteAggs;

    @Option(names = "--splits", description = {"CSV ticker,execution_date,split_from,split_to published into",
            "reference.splits (key ticker|execution_date) before the bars; the same file batch daily --splits reads."})
    Path splits;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Day files (YYYY-MM-DD.csv[.gz]) or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (splits != null) {
            long published = SplitsPublish.run(cluster.bootstrapServers(), cluster.registryClient(), splits);
            System.out.printf("reference.splits: published %,d splits from %s%n", published, splits);
        }
        ReplayResult result;
        if (minuteAggs) {
            List<Path> files = TradeDayFiles.find(paths, "minute_aggs");
            result = MinuteBarReplay.run(cluster.bootstrapServers(), cluster.registryClient(), files, speed);
        } else {
            List<Path> files = TradeDayFiles.find(paths);
            result = TradeReplay.run(cluster.bootstrapServers(), cluster.registryClient(), files, speed);
        }
        result.perFile().forEach((file, stats) -> System.out.printf("%s  %s%n", file, stats));
        System.out.printf("total  %s; sent %,d; send failures %,d%n", result.total(), result.sent(), result.sendFailures());
        return result.sendFailures() == 0 ? 0 : 1;
    }
}
