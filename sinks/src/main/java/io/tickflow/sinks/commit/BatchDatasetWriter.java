package io.tickflow.sinks.commit;

import io.tickflow.sinks.format.RecordWriter;
import io.tickflow.sinks.format.RecordWriterProvider;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a batch run's records into a dataset of the output layout: one file per partition, named as the seed
 * names it ({@code bars.parquet}, {@code metrics.parquet}, ...), each written whole and renamed into place, so a
 * rerun replaces files instead of adding to them. The same partitioner and Parquet writer as the stream export
 * are used, so both land the same rows in the same folders.
 */
public final class BatchDatasetWriter {
    private final LocalStorage storage;
    private final RecordWriterProvider format;

    public BatchDatasetWriter(LocalStorage storage, RecordWriterProvider format) {
        this.storage = storage;
        this.format = format;
    }

    /**
     * @param records  every record of the dataset, in the order rows should appear in their file
     * @param baseName file name without extension, e.g. {@code bars}
     * @return the files written, relative to the storage root, in partition order of first appearance
     */
    public List<String> write(DatasetLayout layout, String version, String baseName,
                              List<? extends GenericRecord> records) throws IOException {
        Map<PartitionPath, List<GenericRecord>> byPartition = new LinkedHashMap<>();
        for (GenericRecord record : records) {
            byPartition.computeIfAbsent(layout.partitioner().partitionOf(record), p -> new ArrayList<>()).add(record);
        }
        PartitionPath dataset = PartitionPath.parse(layout.folderFor(version));
        List<String> files = new ArrayList<>();
        for (var entry : byPartition.entrySet()) {
            var file = storage.atomicFile(dataset.resolve(entry.getKey()), baseName + format.extension());
            try (RecordWriter writer = format.open(file, entry.getValue().get(0).getSchema())) {
                for (GenericRecord record : entry.getValue()) {
                    writer.write(record);
                }
                files.add(storage.root().relativize(writer.commit()).toString());
            }
        }
        return files;
    }
}
