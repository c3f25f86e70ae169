package io.tickflow.cli.run;

import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.seal.SealPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waiting for a sink connector to land finished topics: for bounded inputs (the demo, a benchmark, a replay of
 * history) that must end only once every record is in Parquet and the last sessions are sealed.
 *
 * <p>Why not wait for the topic's end offset: Connect commits one past the last record it was given, and a topic
 * written with transactions (the streams app runs exactly-once) ends with a commit marker, so the committed offset
 * stays one below the end forever (the worker never commits a consumer position, KAFKA-6607 fixed this for Streams
 * only). The target is therefore one past each partition's last committed record, found by reading the tail.
 */
public final class SinkCatchUp {
    private static final int FIRST_TAIL = 64;

    private SinkCatchUp() {
    }

    /**
     * One past the last record a {@code read_committed} consumer sees in each partition of {@code topics}; partitions
     * without such a record are left out. The topics must no longer be written to.
     */
    public static Map<TopicPartition, Long> recordEnds(String bootstrapServers, List<String> topics) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    TopicPartition partition = new TopicPartition(topic, info.partition());
                    long last = lastRecordOffset(consumer, partition);
                    if (last >= 0) {
                        ends.put(partition, last + 1);
                    }
                }
            }
        }
        return ends;
    }

    /** The offset of the partition's last committed record, -1 when it has none: reads tails of growing length. */
    private static long lastRecordOffset(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition) {
        consumer.assign(List.of(partition));
        long end = consumer.endOffsets(List.of(partition)).get(partition);
        for (long tail = FIRST_TAIL; ; tail *= 4) {
            long from = Math.max(0, end - tail);
            consumer.seek(partition, from);
            long last = -1;
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    last = Math.max(last, record.offset());
                }
            }
            if (last >= 0 || from == 0) {
                return last;
            }
        }
    }

    /**
     * Waits until the consumer group {@code connect-<connectorName>} has committed at least {@code ends}.
     *
     * @throws IllegalStateException on timeout, naming the partitions behind
     */
    public static void awaitCommitted(String bootstrapServers, String connectorName, Map<TopicPartition, Long> ends,
                                      Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, Long> behind = behind(admin, connectorName, ends);
            while (!behind.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the sink did not commit " + behind + " within " + timeout);
                }
                TimeUnit.MILLISECONDS.sleep(100);
                behind = behind(admin, connectorName, ends);
            }
        }
    }

    private static Map<TopicPartition, Long> behind(Admin admin, String connectorName, Map<TopicPartition, Long> ends) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("connect-" + connectorName)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> behind = new HashMap<>();
            ends.forEach((partition, end) -> {
                OffsetAndMetadata at = committed.get(partition);
                if (at == null || at.offset() < end) {
                    behind.put(partition, end);
                }
            });
            return behind;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the sink's offsets: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every dated partition folder listed in the manifests of {@code datasetFolders} is sealed (the
     * end-of-input seal, {@code seal.idle.ms}, does it once the sink is idle).
     *
     * @return folders sealed
     * @throws IllegalStateException on timeout, with how many folders are still open
     */
    public static int awaitSealed(List<Path> datasetFolders, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int open = 0;
            int sealed = 0;
            for (Path folder : datasetFolders) {
                DatasetManifest manifest = new DatasetManifest(folder, folder.getFileName().toString());
                for (String partition : manifest.folders()) {
                    if (SealPolicy.dateOf(PartitionPath.parse(partition)).isEmpty()) {
                        continue; // no date: never sealed
                    }
                    if (manifest.read(partition).isSealed()) {
                        sealed++;
                    } else {
                        open++;
                    }
                }
            }
            if (open == 0) {
                return sealed;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(open + " partition folders still open after " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
