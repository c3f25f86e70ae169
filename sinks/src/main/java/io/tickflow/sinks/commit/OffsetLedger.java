package io.tickflow.sinks.commit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets that are durable: for each Kafka partition, one past the last record that is in a file moved into
 * place (or was rejected before such a file's end). These, and only these, may be committed: a Connect task
 * returns them from {@code preCommit}, as {@code S3SinkTask} does. Not thread safe (a task's calls come from one
 * thread).
 */
public final class OffsetLedger {

    private final Map<TopicPartition, Long> durable = new HashMap<>();

    /** Records that every offset below {@code nextOffset} of {@code partition} is durable. Never moves back. */
    void advance(TopicPartition partition, long nextOffset) {
        durable.merge(partition, nextOffset, Math::max);
    }

    /** The offsets to commit, for the partitions that made progress. */
    public Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        durable.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        return offsets;
    }

    /** One past the last durable offset of {@code partition}; -1 when nothing of it is durable yet. */
    public long nextOffset(TopicPartition partition) {
        return durable.getOrDefault(partition, -1L);
    }

    /** Forgets partitions this task no longer owns. */
    public void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(durable::remove);
    }
}
