package io.tickflow.sinks.commit;

import io.tickflow.sinks.format.RecordWriter;
import io.tickflow.sinks.format.RecordWriterProvider;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.AtomicFile;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes the buffers of one {@link PartitionChunk} as files
 * {@code <root>/<dataset prefix>/<partition path>/<deterministic name>}, each moved into place atomically.
 */
final class ChunkWriter {

    private final LocalStorage storage;
    private final PartitionPath datasetPrefix;
    private final RecordWriterProvider format;
    private final FileNamer namer;

    ChunkWriter(LocalStorage storage, PartitionPath datasetPrefix, RecordWriterProvider format) {
        this.storage = storage;
        this.datasetPrefix = datasetPrefix;
        this.format = format;
        this.namer = new FileNamer(format.extension());
    }

    /** Writes every buffer of {@code chunk}; returns the files in the order written. */
    List<WrittenFile> write(TopicPartition partition, PartitionChunk chunk) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        for (RecordBuffer buffer : chunk.buffers()) {
            written.add(write(partition, buffer));
        }
        return written;
    }

    private WrittenFile write(TopicPartition partition, RecordBuffer buffer) throws IOException {
        String name = namer.name(partition, buffer.firstOffset());
        AtomicFile file = storage.atomicFile(datasetPrefix.resolve(buffer.path()), name);
        try (RecordWriter writer = format.open(file, buffer.schema())) {
            for (GenericRecord record : buffer.records()) {
                writer.write(record);
            }
            writer.commit();
        }
        String relative = storage.root().relativize(file.target()).toString().replace('\\', '/');
        return new WrittenFile(partition, buffer.path(), relative, buffer.records().size(), buffer.firstOffset(),
                buffer.lastOffset(), buffer.minTimestampMs(), buffer.maxTimestampMs(), buffer.schemaId());
    }
}
