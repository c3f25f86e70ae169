package io.tickflow.cli.batch;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.storage.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tickflow batch short}: short data files into the seed's raw layout, and their point-in-time features
 * joined into the daily cache when one exists.
 */
@Command(name = "short", mixinStandardHelpOptions = true,
        description = "FINRA short volume, SEC fails-to-deliver and FINRA short interest files into "
                + "raw/finra/regsho_daily_txt/date=D/regsho.parquet and raw/sec/ftd/year=Y/month=M/ftd.parquet, "
                + "and their point-in-time features into the daily cache's short_features.")
public final class BatchShortCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*",
            description = "XXXXshvolYYYYMMDD.txt, cnsfailsYYYYMM[ab].zip|txt, shrtYYYYMMDD.csv files or folders.")
    List<Path> inputs;

    @Option(names = "--out", description = "Layout root (default: output.root of the configuration).")
    Path out;

    @Option(names = "--version", description = "Period folder of the daily cache (default: output.version).")
    String version;

    @Option(names = "--config", description = "YAML configuration overriding the defaults (config/tickflow.yaml).")
    Path config;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        Path root = out != null ? out : cfg.output().root();
        String period = version != null ? version : cfg.output().version();
        Path rejectsFile = root.resolve("rejects").resolve("batch-short.csv");
        ShortBatch.Loaded loaded;
        try (RejectsCsvFileSink rejects = new RejectsCsvFileSink(rejectsFile)) {
            loaded = new ShortBatch(cfg.shortData().publicationLag().lags()).load(inputs, rejects);
        }
        BatchDatasetWriter writer = new BatchDatasetWriter(new LocalStorage(root),
                new ParquetFormat(ParquetSettings.DEFAULT));
        int volumeFiles = writer.write(DatasetLayout.SHORT_VOLUME, period, "regsho", loaded.volumes()).size();
        int failsFiles = writer.write(DatasetLayout.FTD, period, "ftd", loaded.fails()).size();
        System.out.printf("short data: %s; files not recognised %,d%n", loaded.read(), loaded.unknownFiles());
        System.out.printf("raw: %,d regsho files, %,d ftd files under %s%n", volumeFiles, failsFiles, root);
        joinDailyCache(root, period, loaded);
        System.out.printf("rejects: %s%n", rejectsFile);
        return loaded.read().rejected() == 0 && loaded.unknownFiles() == 0 ? 0 : 1;
    }

    private static void joinDailyCache(Path root, String period, ShortBatch.Loaded loaded) throws Exception {
        Path cache = root.resolve(DatasetLayout.DAILY_CACHE.folderFor(period));
        if (!Files.isDirectory(cache)) {
            System.out.printf("daily cache: none at %s; run `tickflow batch daily` first to join features%n", cache);
            return;
        }
        List<DailyMetrics> joined = ShortBatch.join(DailyCacheReader.read(cache), loaded.store());
        long withFeatures = joined.stream().filter(r -> r.getShortFeatures() != null).count();
        DailyCacheOutput.Written written = DailyCacheOutput.write(root, period, joined);
        System.out.printf("daily cache: %,d rows, %,d with short features, in %,d files under %s%n", joined.size(),
                withFeatures, written.files(), root.resolve(written.folder()));
    }
}
