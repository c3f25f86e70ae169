package io.tickflow.cli.commands;

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

/** {@code tickflow replay}: trade day files into the {@code trades} topic, in time order. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay Polygon trade flat files (day files, or folders holding them) into the trades topic.")
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--speed", defaultValue = "0",
            description = "Multiple of real time; 0 replays as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Trade day files (YYYY-MM-DD.csv[.gz]) or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = TradeDayFiles.find(paths);
        ReplayResult result = TradeReplay.run(cluster.bootstrapServers(), cluster.registryClient(), files, speed);
        result.perFile().forEach((file, stats) -> System.out.printf("%s  %s%n", file, stats));
        System.out.printf("total  %s; sent %,d; send failures %,d%n", result.total(), result.sent(), result.sendFailures());
        return result.sendFailures() == 0 ? 0 : 1;
    }
}
