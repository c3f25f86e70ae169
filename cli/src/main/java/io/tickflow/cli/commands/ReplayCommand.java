package io.tickflow.cli.commands;

import io.tickflow.cli.run.TradeReplay;
import io.tickflow.producers.readers.polygon.PolygonFlatFileLayout;
import io.tickflow.producers.replay.ReplayResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        List<Path> files = dayFiles(paths);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no trade day files (YYYY-MM-DD.csv[.gz]) under " + paths);
        }
        ReplayResult result = TradeReplay.run(cluster.bootstrapServers(), cluster.registryClient(), files, speed);
        result.perFile().forEach((file, stats) -> System.out.printf("%s  %s%n", file, stats));
        System.out.printf("total  %s; sent %,d; send failures %,d%n", result.total(), result.sent(), result.sendFailures());
        return result.sendFailures() == 0 ? 0 : 1;
    }

    private static List<Path> dayFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().contains("trades") && PolygonFlatFileLayout.dateOf(p).isPresent())
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
