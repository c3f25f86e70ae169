package io.tickflow.sinks.connect;

import io.tickflow.schemas.registry.GenericAvroDeserializer;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.sinks.commit.FileNamer;
import io.tickflow.sinks.commit.OffsetLedger;
import io.tickflow.sinks.commit.PartitionWriter;
import io.tickflow.sinks.commit.SinkInput;
import io.tickflow.sinks.commit.WrittenFile;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.partition.PartitionException;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.seal.PartitionCompletion;
import io.tickflow.sinks.storage.FileSync;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the records of its Kafka partitions to Parquet under the output layout: one {@link PartitionWriter} per
 * partition, files renamed into place whole, offsets committed only once their records are in such files.
 *
 * <p>Exactly-once files, as kafka-connect-s3's {@code S3SinkTask}: {@link #flush} does nothing and
 * {@link #preCommit} returns the {@link OffsetLedger}'s durable offsets instead of the consumed ones, so Connect
 * never commits past a record that is only in memory. After a crash or rebalance the partition is read again from
 * that offset, chunks are cut at the same records (rotation reads only record data), and the rewritten files
 * replace the earlier ones of the same name.
 *
 * <p>Sealing. A dated folder gets {@code _SUCCESS} when a record of a later folder passes its session end plus grace
 * in record time ({@link io.tickflow.sinks.seal.PartitionSeals}), which replays identically. At the end of a bounded
 * input (a finished replay of history, or the evening of a live session) no later record comes, so a second rule
 * closes the gap: once the task has been idle for {@code seal.idle.ms} of wall clock, it writes what it holds and
 * seals the folders whose session end plus grace has passed on the wall clock. This is what users of Confluent's
 * HDFS/S3 sinks get from {@code rotate.schedule.interval.ms} and what Hive-style consumers expect: a finished day is
 * marked without operator action and without injecting markers into every topic partition. Files stay deterministic
 * (they are still cut on record data); only when the marker appears depends on the clock, and a record arriving
 * after it is handled as any late record (written, {@code _SUCCESS} removed, counted, sealed again later).
 */
public final class ParquetSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(ParquetSinkTask.class);

    private ParquetSinkConfig config;
    private LocalStorage storage;
    private FileSync sync;
    private ParquetFormat format;
    private AvroValueDecoder decoder;
    private RejectedRecords rejected;
    private FileListener listener = file -> { };
    private final OffsetLedger ledger = new OffsetLedger();
    private final SinkWriteCounters counters = new SinkWriteCounters();
    private final LongSupplier wallClockMs;
    private long lastRecordWallMs;
    private final Map<TopicPartition, PartitionSink> writers = new HashMap<>();
    private final Map<String, DatasetLayout> layouts = new HashMap<>();

    /** Told of every file moved into place, on the task's thread; for manifests and tests. */
    public interface FileListener {
        void published(WrittenFile file) throws IOException;
    }

    /** The task Connect instantiates: the wall clock measures idleness for {@code seal.idle.ms}. */
    public ParquetSinkTask() {
        this(System::currentTimeMillis);
    }

    /**
     * @param wallClockMs now, ms since the epoch: measures idleness and says when a session's grace has passed, for
     *                    the end-of-input seal only (files are cut on record data alone)
     */
    ParquetSinkTask(LongSupplier wallClockMs) {
        this.wallClockMs = wallClockMs;
    }

    @Override
    public String version() {
        return ParquetSinkConnector.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new ParquetSinkConfig(props);
        layouts.clear();
        sync = new FileSync(config.fileSync());
        try {
            storage = new LocalStorage(config.rootDir(), sync);
        } catch (IOException e) {
            throw new ConnectException("cannot create root.dir " + config.rootDir(), e);
        }
        format = new ParquetFormat(config.parquetSettings());
        decoder = new AvroValueDecoder(new GenericAvroDeserializer(
                new SchemaRegistryClient(config.registryClientSettings())));
        rejected = new RejectedRecords(context == null ? null : context.errantRecordReporter());
        if (context != null) {
            counters.registerWith(context.pluginMetrics());
        }
        lastRecordWallMs = wallClockMs.getAsLong();
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        partitions.forEach(this::writerOf);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            onIdlePoll();
            return;
        }
        lastRecordWallMs = wallClockMs.getAsLong();
        for (SinkRecord record : records) {
            try {
                publish(route(record));
            } catch (IOException e) {
                throw new ConnectException("cannot write files of " + sourceOf(record), e);
            }
        }
    }

    /** Does nothing: files are written when chunks rotate, and {@link #preCommit} reports what is durable. */
    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        // Writing here would cut files at moments chosen by the worker's timer, not by the records.
    }

    /**
     * The offsets of records in files moved into place; with {@code file.sync=commit} those files are forced to disk
     * first, and when that fails nothing is committed this time (the files stay pending for the next commit).
     */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            sync.syncPending();
        } catch (IOException e) {
            LOG.warn("cannot force the sink's files to disk; offsets not committed this time: {}", e.toString());
            return Map.of();
        }
        Map<TopicPartition, OffsetAndMetadata> durable = ledger.committable();
        durable.keySet().retainAll(writers.keySet());
        return durable;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            PartitionSink writer = writers.remove(partition);
            if (writer != null) {
                writer.discard();
            }
        }
        ledger.forget(partitions);
    }

    @Override
    public void stop() {
        writers.values().forEach(PartitionSink::discard);
        writers.clear();
        if (rejected != null) {
            LOG.info("Parquet sink task stopped; rejected records by reason: {}", rejected.counts());
        }
    }

    /** What this task has written since it started; also registered as plugin metrics. */
    public SinkWriteCounters counters() {
        return counters;
    }

    private List<WrittenFile> route(SinkRecord record) throws IOException {
        PartitionSink writer = writerOf(sourceOf(record));
        try {
            SinkInput input = decoder.decode(record);
            return writer.write(input, pathOf(record.originalTopic(), input));
        } catch (RejectedRecordException e) {
            rejected.reject(record, e.getMessage(), e.getCause());
            counters.recordRejected();
            return writer.skip(record.originalKafkaOffset());
        }
    }

    private PartitionPath pathOf(String topic, SinkInput input) throws RejectedRecordException {
        try {
            return layoutOf(topic).partitioner().partitionOf(input.value());
        } catch (PartitionException | IllegalArgumentException e) {
            throw new RejectedRecordException(e.getMessage(), null);
        }
    }

    private void publish(List<WrittenFile> files) throws IOException {
        for (WrittenFile file : files) {
            counters.fileWritten(file.rows(), Files.size(storage.root().resolve(file.relativePath())));
            listener.published(file);
        }
    }

    /**
     * A poll brought nothing: writes the tail if {@code flush.when.idle} and idle for {@code flush.idle.ms}, and once the input has been idle for
     * {@code seal.idle.ms} runs the end-of-input seal on every partition, at each idle poll (cheap when nothing is
     * due), so that a folder whose grace passes while the input stays idle is sealed then.
     */
    private void onIdlePoll() {
        long now = wallClockMs.getAsLong();
        long idleMs = now - lastRecordWallMs;
        boolean sealNow = config.sealIdleMs() >= 0 && idleMs >= config.sealIdleMs();
        if (!sealNow && !(config.flushWhenIdle() && idleMs >= config.flushIdleMs())) {
            return;
        }
        for (Map.Entry<TopicPartition, PartitionSink> entry : writers.entrySet()) {
            try {
                PartitionSink sink = entry.getValue();
                publish(sealNow ? sink.sealElapsed(now) : sink.hasPending() ? sink.flush() : List.of());
            } catch (IOException e) {
                throw new ConnectException("cannot write files of " + entry.getKey(), e);
            }
        }
    }

    private PartitionSink writerOf(TopicPartition partition) {
        return writers.computeIfAbsent(partition, this::newSink);
    }

    private PartitionSink newSink(TopicPartition partition) {
        String dataset = layoutOf(partition.topic()).folderFor(config.datasetVersion());
        PartitionPath prefix = PartitionPath.parse(dataset);
        PartitionWriter writer = new PartitionWriter(partition, prefix, format, storage, config.rotationPolicy(), ledger);
        Path folder = storage.folder(prefix);
        PartitionCompletion completion = new PartitionCompletion(partition, folder,
                new DatasetManifest(folder, dataset, sync), new FileNamer(format.extension()), config.sealPolicy());
        return new PartitionSink(partition, writer, completion, ledger);
    }

    private DatasetLayout layoutOf(String topic) {
        return layouts.computeIfAbsent(topic, config::layoutOf);
    }

    private static TopicPartition sourceOf(SinkRecord record) {
        return new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
    }
}
