package io.tickflow.cli.batch;

import io.tickflow.core.shortdata.AverageDailyVolume;
import io.tickflow.core.shortdata.PointInTimeStore;
import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.PublicationLag;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.finra.ShortVolumeReader;
import io.tickflow.producers.readers.sec.FailsToDeliverReader;
import io.tickflow.producers.readers.shortinterest.ShortInterestReader;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.streams.shortdata.ShortFeatureStep;
import io.tickflow.streams.shortdata.ShortRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code tickflow batch short} without Kafka: reads FINRA short volume, SEC fails-to-deliver and FINRA short
 * interest files with the producers' readers (publication times from the configured lags), keeps every record in
 * a {@link PointInTimeStore}, and joins the features into daily cache rows with {@link ShortFeatureStep}, the
 * step the topology runs, so both give the same rows.
 */
public final class ShortBatch {
    private static final Pattern SHORT_VOLUME = Pattern.compile("(?i)[a-z]+shvol\\d{8}\\.txt");
    private static final Pattern FAILS = Pattern.compile("(?i)cnsfails\\d{6}[ab]\\.(zip|txt)");
    private static final Pattern INTEREST = Pattern.compile("(?i)shrt\\d{8}\\.(csv|txt)");

    private final ShortVolumeReader volumeReader;
    private final FailsToDeliverReader failsReader;
    private final ShortInterestReader interestReader;

    /** The publication lags of the three sources (DESIGN.md publication-lag table). */
    public record Lags(PublicationLag shortVolume, PublicationLag failsToDeliver, PublicationLag shortInterest) {
        public static final Lags DEFAULTS = new Lags(PublicationLag.FINRA_DAILY_SHORT_VOLUME,
                PublicationLag.SEC_FAILS_TO_DELIVER, PublicationLag.SHORT_INTEREST);
    }

    public ShortBatch(Lags lags) {
        SymbolMapper symbols = new SymbolMapper();
        this.volumeReader = new ShortVolumeReader(symbols, lags.shortVolume());
        this.failsReader = new FailsToDeliverReader(symbols, lags.failsToDeliver());
        this.interestReader = new ShortInterestReader(symbols, lags.shortInterest());
    }

    /** What the files held, as read, and the store built from them. */
    public record Loaded(List<ShortVolume> volumes, List<FailToDeliver> fails, List<ShortInterest> interest,
                         ReadStats read, long unknownFiles, PointInTimeStore store) {
    }

    /**
     * @param inputs files named as their sources name them ({@code CNMSshvol20200102.txt}, {@code cnsfails202009a.zip},
     *               {@code shrt20210715.csv}) or folders holding them; any other file is rejected whole
     */
    public Loaded load(List<Path> inputs, DeadLetterSink rejects) {
        List<ShortVolume> volumes = new ArrayList<>();
        List<FailToDeliver> fails = new ArrayList<>();
        List<ShortInterest> interest = new ArrayList<>();
        PointInTimeStore store = new PointInTimeStore();
        ReadStats read = ReadStats.EMPTY;
        long unknown = 0;
        for (Path file : files(inputs)) {
            String name = file.getFileName().toString();
            if (SHORT_VOLUME.matcher(name).matches()) {
                read = read.plus(volumeReader.read(file, v -> { volumes.add(v); store.add(ShortRecords.volumeOf(v)); },
                        rejects));
            } else if (FAILS.matcher(name).matches()) {
                read = read.plus(failsReader.read(file, f -> { fails.add(f); store.add(ShortRecords.failsOf(f)); },
                        rejects));
            } else if (INTEREST.matcher(name).matches()) {
                read = read.plus(interestReader.read(file, s -> { interest.add(s); store.add(ShortRecords.interestOf(s)); },
                        rejects));
            } else {
                unknown++;
                rejects.accept(Rejection.ofWholeSource(file.toString(), "", "not a short-data file name "
                        + "(XXXXshvolYYYYMMDD.txt, cnsfailsYYYYMM[ab].zip, shrtYYYYMMDD.csv)", "short"));
            }
        }
        return new Loaded(volumes, fails, interest, read, unknown, store);
    }

    /**
     * The daily rows with their short features.
     *
     * @param rows daily cache rows, each ticker's in date order
     */
    public static List<DailyMetrics> join(List<DailyMetrics> rows, PointInTimeStore store) {
        Map<String, AverageDailyVolume> windows = new HashMap<>();
        List<DailyMetrics> joined = new ArrayList<>(rows.size());
        for (DailyMetrics row : rows) {
            ShortFeatureStep step = ShortFeatureStep.apply(windows.getOrDefault(row.getTicker(),
                    AverageDailyVolume.EMPTY), row, store::publicAt);
            windows.put(row.getTicker(), step.window());
            joined.add(step.row());
        }
        return joined;
    }

    private static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        return files;
    }
}
