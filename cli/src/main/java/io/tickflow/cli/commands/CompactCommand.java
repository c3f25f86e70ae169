package io.tickflow.cli.commands;

import io.tickflow.sinks.compact.DatasetCompactor;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tickflow compact}: the sink's part files of every sealed ticker-day become the seed's one file per folder
 * ({@code bars.parquet}, {@code labels.parquet}, {@code weights.parquet}, {@code metrics.parquet}).
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Merge the part files of sealed partitions (those with _SUCCESS) into one file per partition, "
                + "atomically; running it again changes nothing.")
public final class CompactCommand implements Callable<Integer> {

    /** Dataset folder under processed/ → the seed's file name in each partition folder. */
    static final Map<String, String> TARGETS = Map.of("bars", "bars.parquet", "labels", "labels.parquet",
            "weights", "weights.parquet", "daily_cache", "metrics.parquet");

    @Option(names = "--root", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--dataset", description = "Only this dataset: bars, labels, weights or daily_cache (default: all).")
    String dataset;

    @Option(names = "--version", description = "Only this period folder, e.g. v1_2020_2025 (default: all).")
    String version;

    @Override
    public Integer call() throws IOException {
        if (dataset != null && !TARGETS.containsKey(dataset)) {
            System.err.println("unknown dataset " + dataset + "; one of " + TARGETS.keySet().stream().sorted().toList());
            return 2;
        }
        int differing = 0;
        for (String name : TARGETS.keySet().stream().sorted().toList()) {
            if (dataset == null || dataset.equals(name)) {
                differing += compactDataset(name);
            }
        }
        return differing == 0 ? 0 : 1;
    }

    /** Compacts every version folder of one dataset; returns the folders left alone for differing schemas. */
    private int compactDataset(String name) throws IOException {
        int differing = 0;
        for (Path folder : versionFolders(root.resolve("processed").resolve(name))) {
            String relative = "processed/" + name + "/" + folder.getFileName();
            DatasetCompactor.Summary summary = new DatasetCompactor(folder, relative,
                    new ParquetFormat(ParquetSettings.DEFAULT), TARGETS.get(name)).compact();
            System.out.printf("%s: compacted %d sealed partitions, %d already compact%n", relative,
                    summary.compacted(), summary.untouched());
            summary.schemasDiffer().forEach(f -> System.out.printf("%s/%s: left as is, its files have different "
                    + "schemas%n", relative, f));
            differing += summary.schemasDiffer().size();
        }
        return differing;
    }

    private List<Path> versionFolders(Path datasetParent) throws IOException {
        if (!Files.isDirectory(datasetParent)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(datasetParent)) {
            return folders.filter(Files::isDirectory)
                    .filter(f -> version == null || f.getFileName().toString().equals(version)).sorted().toList();
        }
    }
}
