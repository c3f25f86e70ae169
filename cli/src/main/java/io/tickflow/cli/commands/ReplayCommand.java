package io.tickflow.cli.commands;

import io.tickflow.cli.download.WatchlistTickerDays;
import io.tickflow.cli.run.FileReplay;
import io.tickflow.cli.run.ReferencePublish;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.replay.FileReplayResult;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.replay.ReplayFiles;
import io.tickflow.producers.replay.ReplayHook;
import io.tickflow.producers.replay.WatchlistFilter;
import io.tickflow.producers.download.TickerDay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
                "into their topics, rejected lines into dead-letter; exactly once and resumable after a kill.",
                "The files of each date are merged into one stream by event time (--no-merge to turn off)."})
public final class ReplayCommand implements Callable<Integer> {
    /** Paths of minute aggregates: Polygon's minute_aggs_v1 day files and the seed's ohlcv_intraday_1m folders. */
    private static final Pattern MINUTE_AGGS = Pattern.compile("minute_aggs|/ohlcv_intraday_1m/");

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

    @Option(names = "--chunk-records", defaultValue = "250000", description = "Records per transaction (default: ${DEFAULT-VALUE}).")
    long chunkRecords;

    @Option(names = "--minute-aggs", description = {"Replay only the minute aggregates under the paths (Polygon minute_aggs",
            "day files, the seed's ohlcv_intraday_1m) into bars.1m in window-start order: the daily stage's input."})
    boolean minuteAggs;

    @Option(names = "--no-merge", description = {"Replay files one after the other instead of merging the files of each",
            "date into one stream by event time (ties by sequence number)."})
    boolean noMerge;

    @Option(names = "--mode", defaultValue = "all", description = "all (default) or watchlists: only the ticker-days of "
            + "the info-rich watchlists under --watchlists, as the seed's --mode watchlists.")
    String mode;

    @Option(names = "--watchlists", paramLabel = "DIR", description = {"The watchlists' daily folder",
            "(processed/universe/info_rich/<version>/daily, holding date=D/watchlist.parquet) for --mode watchlists."})
    Path watchlists;

    @Option(names = "--splits", description = {"CSV ticker,execution_date,split_from,split_to published into",
            "reference.splits (key ticker|execution_date) before the files; the file batch daily --splits reads."})
    Path splits;

    @Option(names = "--market-cap", description = {"CSV ticker,date,market_cap published into reference.market-cap",
            "(key ticker|date) before the files; the file batch universe --market-cap reads."})
    Path marketCap;

    @Option(names = "--as-live", description = {"Shift every timestamp so that the first record is now (and the first of",
            "each later day or file): a past day replayed as a live feed; use with --speed 1x."})
    boolean asLive;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        if (splits != null) {
            long published = ReferencePublish.splits(cluster.bootstrapServers(), cluster.registryClient(), splits);
            System.out.printf("reference.splits: published %,d splits from %s%n", published, splits);
        }
        if (marketCap != null) {
            var read = ReferencePublish.marketCaps(cluster.bootstrapServers(), cluster.registryClient(), marketCap);
            System.out.printf("reference.market-cap: %s from %s (rejected rows in dead-letter)%n", read, marketCap);
        }
        WatchlistFilter filter = watchlistFilter();
        List<Path> found = ReplayFiles.find(paths, from, to).stream()
                .filter(f -> !minuteAggs || MINUTE_AGGS.matcher(f.toString().replace('\\', '/')).find()).toList();
        List<Path> files = found.stream().filter(filter::keepsFile).toList();
        if (files.size() < found.size()) {
            System.out.printf("watchlists: %,d of %,d files are ticker-days outside every watchlist%n",
                    found.size() - files.size(), found.size());
        }
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
                ReplayHook.none(), !noMerge, filter);
        result.perFile().forEach((file, o) -> System.out.printf("%s  %s%n", file,
                o.skipped() ? "done by an earlier run" : "format=" + o.format() + "  " + o.stats()));
        System.out.printf("total  sent %,d; dead letters %,d; not replayable %,d; outside watchlists %,d; "
                + "files done earlier %d%n", result.sent(), result.deadLetters(), result.unrouted(), result.filtered(),
                result.skippedFiles());
        return 0;
    }

    /** The watchlist filter of {@code --mode watchlists}, or one keeping everything. */
    private WatchlistFilter watchlistFilter() {
        switch (mode) {
            case "all":
                return WatchlistFilter.ALL;
            case "watchlists":
                if (watchlists == null) {
                    throw new IllegalArgumentException("--mode watchlists needs --watchlists DIR");
                }
                List<TickerDay> days = WatchlistTickerDays.read(watchlists, from != null ? from : LocalDate.MIN,
                        to != null ? to : LocalDate.MAX);
                System.out.printf("watchlists: %,d ticker-days under %s%n", days.size(), watchlists);
                return WatchlistFilter.of(days);
            default:
                throw new IllegalArgumentException("--mode must be all or watchlists, was " + mode);
        }
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
