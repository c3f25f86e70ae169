package io.tickflow.benchmarks.sink;

import io.tickflow.schemas.registry.ConfluentWireFormat;
import io.tickflow.schemas.registry.GenericAvroDeserializer;
import io.tickflow.sinks.commit.FileNamer;
import io.tickflow.sinks.commit.OffsetLedger;
import io.tickflow.sinks.commit.PartitionWriter;
import io.tickflow.sinks.commit.RotationPolicy;
import io.tickflow.sinks.commit.SinkInput;
import io.tickflow.sinks.commit.WrittenFile;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.partition.Partitioner;
import io.tickflow.sinks.seal.PartitionCompletion;
import io.tickflow.sinks.seal.SealPolicy;
import io.tickflow.sinks.storage.FileSync;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * What {@code ParquetSinkTask.put} does with each record of the trades topic, without Connect: the Confluent-format
 * deserializer its {@code AvroValueDecoder} wraps, the trades' ticker-date partitioner, and per Kafka partition the
 * {@link PartitionWriter} and {@link PartitionCompletion} (manifest, seals) built as {@code ParquetSinkTask.newSink}
 * builds them, called as {@code PartitionSink} calls them (that class is package-private to the connector). Settings
 * as {@code tickflow bench --stage sink}: {@code flush.size} 50,000, no time or folder-change rotation, dataset
 * version {@code bench}, default seal policy; {@code file.sync=none} (the bench syncs at commits, which Connect
 * triggers, and {@code none} changed nothing there in session 6). Not thread safe; one per measured landing.
 */
final class SinkWithoutConnect {

    static final String TOPIC = "bench-sink-trades-0";
    private static final RotationPolicy ROTATION = new RotationPolicy(50_000, -1, false);

    private final Path root;
    private final GenericAvroDeserializer deserializer;
    private final Partitioner partitioner = DatasetLayout.TRADES.partitioner();
    private final OffsetLedger ledger = new OffsetLedger();
    private final TopicPartition[] sources;
    private final PartitionWriter[] writers;
    private final PartitionCompletion[] completions;
    private final boolean[] resumed;
    private long files;
    private long bytes;

    /** @param deserializer bound to a registry that knows the values' schema id */
    SinkWithoutConnect(Path root, ParquetFormat format, GenericAvroDeserializer deserializer, int partitions)
            throws IOException {
        this.root = root;
        this.deserializer = deserializer;
        FileSync sync = new FileSync(FileSync.Mode.NONE);
        LocalStorage storage = new LocalStorage(root, sync);
        String dataset = DatasetLayout.TRADES.folderFor("bench");
        PartitionPath prefix = PartitionPath.parse(dataset);
        Path folder = storage.folder(prefix);
        sources = new TopicPartition[partitions];
        writers = new PartitionWriter[partitions];
        completions = new PartitionCompletion[partitions];
        resumed = new boolean[partitions];
        for (int p = 0; p < partitions; p++) {
            sources[p] = new TopicPartition(TOPIC, p);
            writers[p] = new PartitionWriter(sources[p], prefix, format, storage, ROTATION, ledger);
            completions[p] = new PartitionCompletion(sources[p], folder, new DatasetManifest(folder, dataset, sync),
                    new FileNamer(format.extension()), SealPolicy.DEFAULT);
        }
    }

    /** One record of Kafka partition {@code partition}, its value in the Confluent wire format. */
    void put(int partition, long offset, byte[] value, long timestampMs) throws IOException {
        GenericRecord record = deserializer.deserialize(TOPIC, value);
        SinkInput input = new SinkInput(record, offset, timestampMs, ConfluentWireFormat.schemaId(value));
        PartitionPath folder = partitioner.partitionOf(record);
        if (!resumed[partition]) {
            completions[partition].resume(offset);
            resumed[partition] = true;
        }
        completions[partition].observe(folder, timestampMs, offset);
        published(partition, writers[partition].write(input, folder));
    }

    /** Writes every partition's tail, as the idle flush at the end of the bench's input does. */
    void flush() throws IOException {
        for (int p = 0; p < writers.length; p++) {
            published(p, writers[p].flush());
        }
    }

    /** Files moved into place so far. */
    long files() {
        return files;
    }

    /** Bytes of those files. */
    long bytes() {
        return bytes;
    }

    private void published(int partition, List<WrittenFile> written) throws IOException {
        long durable = ledger.nextOffset(sources[partition]);
        if (durable >= 0) {
            completions[partition].published(written, durable);
        }
        for (WrittenFile file : written) {
            files++;
            bytes += Files.size(root.resolve(file.relativePath())); // the task's publish reads each size too
        }
    }
}
