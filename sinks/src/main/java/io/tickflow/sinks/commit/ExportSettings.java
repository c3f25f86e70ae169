package io.tickflow.sinks.commit;

import io.tickflow.sinks.partition.PartitionPath;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link TopicParquetExporter} reads and where it writes.
 *
 * @param topic              topic to export
 * @param datasetPrefix      folder of the dataset under the storage root, e.g. {@code processed/bars/v1_2020_2025}
 * @param maxRecordsPerChunk records of one Kafka partition (written or rejected) after which all of that partition's
 *                           buffers are written and its offset committed; bounds memory; at least 1
 * @param pollTimeout        longest wait of one poll, positive
 * @param follow             false: stop once caught up with the end offsets seen at start; true: keep reading
 *                           until {@link TopicParquetExporter#stop()}
 */
public record ExportSettings(String topic, PartitionPath datasetPrefix, int maxRecordsPerChunk,
                             Duration pollTimeout, boolean follow) {

    /** 100,000 records per chunk. */
    public static final int DEFAULT_MAX_RECORDS_PER_CHUNK = 100_000;

    public ExportSettings {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(datasetPrefix, "datasetPrefix");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        if (maxRecordsPerChunk < 1) {
            throw new IllegalArgumentException("maxRecordsPerChunk must be >= 1, was " + maxRecordsPerChunk);
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("pollTimeout must be positive, was " + pollTimeout);
        }
    }

    /** Catch-up export of {@code topic} into {@code datasetPrefix} (e.g. {@code processed/bars/v1}), 1 s polls. */
    public static ExportSettings catchUp(String topic, String datasetPrefix) {
        return new ExportSettings(topic, PartitionPath.parse(datasetPrefix), DEFAULT_MAX_RECORDS_PER_CHUNK,
                Duration.ofSeconds(1), false);
    }

    /** These settings with another chunk size. */
    public ExportSettings withMaxRecordsPerChunk(int records) {
        return new ExportSettings(topic, datasetPrefix, records, pollTimeout, follow);
    }

    /** These settings, following the topic after catching up. */
    public ExportSettings following() {
        return new ExportSettings(topic, datasetPrefix, maxRecordsPerChunk, pollTimeout, true);
    }
}
