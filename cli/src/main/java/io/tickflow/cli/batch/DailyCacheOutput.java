package io.tickflow.cli.batch;

import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.AtomicFile;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the daily cache ({@code processed/daily_cache/<version>/ticker=T/date=D/metrics.parquet}), then its
 * {@code MANIFEST.json} and {@code _SUCCESS}, last, so a reader seeing {@code _SUCCESS} sees a complete dataset.
 */
public final class DailyCacheOutput {
    private DailyCacheOutput() {
    }

    /** @param folder the dataset folder relative to the root */
    public record Written(String folder, long files) {
    }

    /** @param rows one per ticker-session, ordered by ticker then date */
    public static Written write(Path root, String version, List<DailyMetrics> rows) throws IOException {
        LocalStorage storage = new LocalStorage(root);
        BatchDatasetWriter writer = new BatchDatasetWriter(storage, new ParquetFormat(ParquetSettings.DEFAULT));
        List<String> files = writer.write(DatasetLayout.DAILY_CACHE, version, "metrics", rows);
        String folder = DatasetLayout.DAILY_CACHE.folderFor(version);
        PartitionPath dataset = PartitionPath.parse(folder);
        long tickers = rows.stream().map(DailyMetrics::getTicker).distinct().count();
        publish(storage.atomicFile(dataset, "MANIFEST.json"), String.format(
                "{\"dataset\":\"daily_cache\",\"version\":\"%s\",\"rows\":%d,\"files\":%d,\"tickers\":%d}%n",
                version, rows.size(), files.size(), tickers));
        publish(storage.atomicFile(dataset, "_SUCCESS"), "");
        return new Written(folder, files.size());
    }

    private static void publish(AtomicFile file, String text) throws IOException {
        Files.writeString(file.temp(), text, StandardCharsets.UTF_8);
        file.publish();
    }
}
