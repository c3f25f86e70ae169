package io.tickflow.sinks.commit;

import io.tickflow.sinks.format.RecordWriterProvider;
import io.tickflow.sinks.partition.PartitionException;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.partition.Partitioner;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports one topic of Avro records to partitioned Parquet files with a plain consumer: the exporter the demo and
 * batch runs use until the Kafka Connect sink takes over.
 *
 * <p>It assigns itself every partition of the topic (no group rebalancing; the group id only stores progress),
 * reads from the group's committed offsets until every partition reaches the end offset captured at start, and
 * buffers records per (Kafka partition, output folder). A partition's buffers become files named by
 * {@link FileNamer} when the partition has consumed {@link ExportSettings#maxRecordsPerChunk()} records, when a
 * record's schema differs from its folder's open buffer, and when the export catches up. Offsets are committed only
 * after the files holding those records are in place. Therefore:
 * <ul>
 *   <li>a crash before the commit leaves the committed offsets where they were; the rerun starts there, makes the
 *       same first offsets, the same names, and replaces the files (with at least the same records);</li>
 *   <li>rerunning over the same offsets writes the same names and bytes: files are replaced, never duplicated.</li>
 * </ul>
 * In follow mode a partition's buffers are also written whenever a poll returns nothing, so file boundaries then
 * depend on timing; restarts stay free of duplicates because they resume at the committed offsets.
 *
 * <p>Known limit: rewinding the group to before a previous run's start after the topic grew can leave overlapping
 * files. Example: a run writes {@code t+0+...04} for offsets 4-5; the topic grows; a rerun from offset 0 writes
 * {@code t+0+...00} for offsets 0-9, so offsets 4-5 sit in two files. Deleting the files a rewritten chunk
 * supersedes needs the last offset of each file, which a later manifest (OffsetLedger) will record.
 *
 * <p>Records that cannot be written (null value, no partition, undecodable bytes) are counted by reason in
 * {@link ExportStats#rejectedByReason()}, logged with their offset, and committed past. Not thread safe, except
 * {@link #stop()}.
 */
public final class TopicParquetExporter {

    private static final Logger LOG = LoggerFactory.getLogger(TopicParquetExporter.class);

    private final Consumer<?, ? extends GenericRecord> consumer;
    private final ExportSettings settings;
    private final Partitioner partitioner;
    private final ChunkWriter chunkWriter;
    private final Map<TopicPartition, PartitionChunk> chunks = new HashMap<>();
    /** Offsets whose files are in place but not yet committed. */
    private final Map<TopicPartition, OffsetAndMetadata> written = new HashMap<>();
    private final ExportCounters counters = new ExportCounters();
    private final AtomicBoolean running = new AtomicBoolean(true);

    /**
     * @param consumer    a consumer with auto commit off and {@code read_committed} (see
     *                    {@link ExportConsumerFactory}); not subscribed; the caller closes it
     * @param settings    topic, dataset folder, chunk size, follow mode
     * @param partitioner record to folder
     * @param format      file format, e.g. {@link io.tickflow.sinks.format.ParquetFormat}
     * @param storage     root the dataset folder lives under
     */
    public TopicParquetExporter(Consumer<?, ? extends GenericRecord> consumer, ExportSettings settings,
                                Partitioner partitioner, RecordWriterProvider format, LocalStorage storage) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.partitioner = Objects.requireNonNull(partitioner, "partitioner");
        this.chunkWriter = new ChunkWriter(storage, settings.datasetPrefix(), format);
    }

    /**
     * Runs the export: until caught up, or in follow mode until {@link #stop()}.
     *
     * @return what was read, written and rejected
     * @throws UncheckedIOException if a file cannot be written; offsets of unwritten records stay uncommitted
     */
    public ExportStats run() {
        List<TopicPartition> partitions = partitionsOf(settings.topic());
        consumer.assign(partitions);
        Map<TopicPartition, Long> endAtStart = consumer.endOffsets(partitions);
        try {
            while (running.get()) {
                ConsumerRecords<?, ? extends GenericRecord> batch = pollSkippingUndecodable();
                batch.forEach(this::accept);
                boolean caughtUp = settings.follow() ? batch.isEmpty() : reached(endAtStart);
                if (caughtUp) {
                    flushAll();
                }
                if (caughtUp && !settings.follow()) {
                    break;
                }
            }
        } catch (WakeupException stopping) {
            LOG.info("export of {} stopped", settings.topic());
        }
        finish();
        return counters.snapshot();
    }

    /** Asks a running export to write what it has, commit and return. Safe from any thread. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    private void finish() {
        try {
            flushAll();
        } catch (WakeupException lateStop) {
            // stop() arrived outside a poll and interrupted the commit; the files are in place, so commit again.
            commitWritten();
        }
    }

    private List<TopicPartition> partitionsOf(String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private ConsumerRecords<?, ? extends GenericRecord> pollSkippingUndecodable() {
        try {
            return consumer.poll(settings.pollTimeout());
        } catch (RecordDeserializationException e) {
            // The consumer stops at a record it cannot decode; count it, then step over it.
            TopicPartition partition = e.topicPartition();
            reject(partition, e.offset(), "value could not be deserialized", e.getMessage());
            consumer.seek(partition, e.offset() + 1);
            return ConsumerRecords.empty();
        }
    }

    private void accept(ConsumerRecord<?, ? extends GenericRecord> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        GenericRecord value = record.value();
        if (value == null) {
            reject(partition, record.offset(), "null value", "tombstone or empty message");
            return;
        }
        PartitionPath path;
        try {
            path = partitioner.partitionOf(value);
        } catch (PartitionException | IllegalArgumentException e) {
            reject(partition, record.offset(), e.getMessage(), "no partition path");
            return;
        }
        PartitionChunk chunk = chunkOf(partition);
        if (chunk.changesSchema(value, path)) {
            flush(Map.of(partition, chunk));
        }
        counters.read();
        chunk.add(value, record.offset(), path);
        flushIfFull(partition, chunk);
    }

    private void reject(TopicPartition partition, long offset, String reason, String detail) {
        LOG.warn("rejected {} offset {}: {} ({})", partition, offset, reason, detail);
        counters.read();
        counters.rejected(reason);
        PartitionChunk chunk = chunkOf(partition);
        chunk.reject(offset);
        flushIfFull(partition, chunk);
    }

    private PartitionChunk chunkOf(TopicPartition partition) {
        return chunks.computeIfAbsent(partition, p -> new PartitionChunk());
    }

    private void flushIfFull(TopicPartition partition, PartitionChunk chunk) {
        if (chunk.consumed() >= settings.maxRecordsPerChunk()) {
            flush(Map.of(partition, chunk));
        }
    }

    private boolean reached(Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private void flushAll() {
        flush(Map.copyOf(chunks));
    }

    /** Writes the chunks' files, then commits their offsets: the order is what makes a crash harmless. */
    private void flush(Map<TopicPartition, PartitionChunk> toFlush) {
        for (Map.Entry<TopicPartition, PartitionChunk> entry : toFlush.entrySet()) {
            PartitionChunk chunk = entry.getValue();
            if (chunk.isEmpty()) {
                continue;
            }
            writeFiles(entry.getKey(), chunk);
            written.put(entry.getKey(), new OffsetAndMetadata(chunk.nextOffset()));
            chunk.clear();
        }
        commitWritten();
    }

    private void commitWritten() {
        if (!written.isEmpty()) {
            consumer.commitSync(Map.copyOf(written));
            written.clear();
        }
    }

    private void writeFiles(TopicPartition partition, PartitionChunk chunk) {
        try {
            chunkWriter.write(partition, chunk).forEach(counters::written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write files of " + partition, e);
        }
    }
}
