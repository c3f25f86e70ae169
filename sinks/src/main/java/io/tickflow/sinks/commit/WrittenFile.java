package io.tickflow.sinks.commit;

import io.tickflow.sinks.partition.PartitionPath;
import java.util.Objects;
import org.apache.kafka.common.TopicPartition;

/**
 * One file moved into place, with what a manifest says about it.
 *
 * @param source         Kafka topic and partition its records came from
 * @param partition      its folder relative to the dataset folder, e.g. {@code ticker=AAPL/date=2024-01-02}
 * @param relativePath   the file relative to the storage root, {@code /}-separated
 * @param rows           records in the file, &gt;= 1
 * @param firstOffset    Kafka offset of its first record (the one in its name)
 * @param lastOffset     Kafka offset of its last record; offsets between may belong to other folders
 * @param minTimestampMs smallest record timestamp, ms since the epoch; -1 when no record had one
 * @param maxTimestampMs largest record timestamp; -1 when no record had one
 * @param schemaId       registry id of the writer schema of its first record; -1 when unknown
 */
public record WrittenFile(TopicPartition source, PartitionPath partition, String relativePath, int rows,
                          long firstOffset, long lastOffset, long minTimestampMs, long maxTimestampMs,
                          int schemaId) {

    public WrittenFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(relativePath, "relativePath");
    }
}
