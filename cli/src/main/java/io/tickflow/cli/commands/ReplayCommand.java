package io.tickflow.cli.commands;

import io.tickflow.cli.run.FileReplay;
import io.tickflow.cli.run.MinuteBarReplay;
import io.tickflow.cli.run.SplitsPublish;
import io.tickflow.producers.replay.ReplayResult;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.replay.FileReplayResult;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.replay.ReplayFiles;
import io.tickflow.producers.replay.ReplayHook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tickflow replay}: files of any supported format into their topics, exactly once, resumable. A rerun with
 * the same files and block (or the same {@code --replay-id}) continues where a killed run stopped.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay files (trades, minute bars, FINRA short volume, SEC FTD, short interest; detected or --format)",
                "into their topics, rejected lines into dead-letter; exactly once and resumable after a kill."})
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--speed", defaultValue = "max",
            description = "Event time per wall time: 1x (real time), 10x, 0.5x, or max (as fast as possible; default).")
    String speed;

    @Option(names = "--from", description = "First date of the block (by the date in each file's path).")
    LocalDate from;

    @Option(names = "--to", description = "Last date of the block, inclusive.")
    LocalDate to;

    @Option(names = "--format", description = "Format of every file instead of detection (names as in validate).")
    String format;

    @Option(names = "--ticker", description = "Ticker for files that carry none (generic CSV, Polygon v3 trades pages).")
    String ticker;

    @Option(names = "--replay-id", description = "Names the replay in the ledger (default: derived from the files and block).")
    String replayId;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions of topics this creates (0: each topic's default).")
    int partitions;

    @Option(names = "--chunk-records", defaultValue = "50000", description = "Records per transaction (default: ${DEFAULT-VALUE}).")
    long chunkRecords;

    @Option(names = "--minute-aggs", description = {"The paths hold Polygon minute aggregates: replay them into bars.1m",
            "merged across tickers in window-start order (the daily stage's input)."})
    boolean minuteAggs;

    @Option(names = "--splits", description = {"CSV ticker,execution_date,split_from,split_to published into",
            "reference.splits (key ticker|execution_date) before the files; the file batch daily --splits reads."})
    Path splits;

    @Option(names = "--as-live", description = {"Shift every timestamp so that the first record is now (and the first of",
            "each later day or file): a past day replayed as a live feed; use with --speed 1x. Not with --minute-aggs."})
    boolean asLive;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        if (splits != null) {
            long published = SplitsPublish.run(cluster.bootstrapServers(), cluster.registryClient(), splits);
            System.out.printf("reference.splits: published %,d splits from %s%n", published, splits);
        }
        if (minuteAggs && asLive) {
            throw new IllegalArgumentException("--as-live works with the file replay, not with --minute-aggs");
        }
        if (minuteAggs) {
            return replayMinuteAggregates();
        }
        List<Path> files = ReplayFiles.find(paths, from, to);
        InputFormat named = format == null ? null
                : InputFormat.ofName(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
        FileReplaySettings defaults = FileReplaySettings.defaults();
        FileReplaySettings settings = new FileReplaySettings(FileReplaySettings.parseSpeed(speed), chunkRecords,
                defaults.chunkTime(), defaults.progressEveryRecords(), asLive);
        // an as-live replay of the same files is a new replay each day (a rerun the same day resumes it)
        String id = replayId != null ? replayId : derivedId(files) + (asLive ? "-live-" + LocalDate.now() : "");
        System.out.printf("replay %s: %,d files%n", id, files.size());
        FileReplayResult result = FileReplay.run(cluster.bootstrapServers(), cluster.registryClient(), id, files,
                new ReadOptions(named, ticker, null), settings, partitions, p -> System.out.println("  " + p.line()),
                ReplayHook.none());
        result.perFile().forEach((file, o) -> System.out.printf("%s  %s%n", file,
                o.skipped() ? "done by an earlier run" : "format=" + o.format() + "  " + o.stats()));
        System.out.printf("total  sent %,d; dead letters %,d; not replayable %,d; files done earlier %d%n",
                result.sent(), result.deadLetters(), result.unrouted(), result.skippedFiles());
        return 0;
    }

    /**
     * Minute aggregate files sorted by ticker would reach the daily stage hours out of event-time order across
     * tickers, so they go through the replayer that merges each day by window start (not yet transactional).
     */
    private int replayMinuteAggregates() throws InterruptedException, java.io.IOException {
        List<Path> files = TradeDayFiles.find(paths, "minute_aggs");
        ReplayResult result = MinuteBarReplay.run(cluster.bootstrapServers(), cluster.registryClient(), files, 0);
        result.perFile().forEach((file, stats) -> System.out.printf("%s  %s%n", file, stats));
        System.out.printf("total  %s; sent %,d; send failures %,d%n", result.total(), result.sent(), result.sendFailures());
        return result.sendFailures() == 0 ? 0 : 1;
    }

    /** Same files and block, same id: so a plain rerun resumes. */
    static String derivedId(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach(f -> sha.update((f.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8)));
            return "r" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
