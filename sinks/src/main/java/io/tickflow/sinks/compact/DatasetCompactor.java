package io.tickflow.sinks.compact;

import io.tickflow.sinks.compact.PartitionCompactor.Outcome;
import io.tickflow.sinks.format.RecordWriterProvider;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.seal.PartitionCompletion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compacts every sealed partition folder (one holding {@code _SUCCESS}) of a dataset folder such as
 * {@code processed/bars/v1}: part files become the one file the layout names ({@code bars.parquet}, ...). Open
 * folders are left alone: the sink may still add to them. Running it again changes nothing.
 */
public final class DatasetCompactor {

    private final Path datasetFolder;
    private final DatasetManifest manifest;
    private final PartitionCompactor compactor;

    /**
     * @param datasetFolder the dataset folder, absolute
     * @param dataset       its path relative to the root, as the manifest names it
     * @param format        writes the merged files
     * @param targetName    the merged file's name in each folder, e.g. {@code bars.parquet}
     */
    public DatasetCompactor(Path datasetFolder, String dataset, RecordWriterProvider format, String targetName) {
        this.datasetFolder = datasetFolder.toAbsolutePath().normalize();
        this.manifest = new DatasetManifest(this.datasetFolder, dataset);
        this.compactor = new PartitionCompactor(format, targetName);
    }

    /**
     * Folders by outcome.
     *
     * @param compacted     folders whose parts were merged (or whose interrupted compaction was finished)
     * @param untouched     sealed folders with no parts left
     * @param schemasDiffer sealed folders left as they are because their files have different schemas
     */
    public record Summary(int compacted, int untouched, List<String> schemasDiffer) {
    }

    public Summary compact() throws IOException {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        List<String> differing = new ArrayList<>();
        for (Path folder : sealedFolders()) {
            String key = datasetFolder.relativize(folder).toString().replace('\\', '/');
            Outcome outcome = compactor.compact(folder, key, manifest);
            counts.merge(outcome, 1, Integer::sum);
            if (outcome == Outcome.SCHEMAS_DIFFER) {
                differing.add(key);
            }
        }
        return new Summary(counts.getOrDefault(Outcome.COMPACTED, 0), counts.getOrDefault(Outcome.NOTHING_TO_DO, 0),
                differing);
    }

    private List<Path> sealedFolders() throws IOException {
        if (!Files.isDirectory(datasetFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(datasetFolder)) {
            return files.filter(p -> p.getFileName().toString().equals(PartitionCompletion.SUCCESS))
                    .map(Path::getParent).sorted().toList();
        }
    }
}
