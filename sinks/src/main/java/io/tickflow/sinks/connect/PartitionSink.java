package io.tickflow.sinks.connect;

import io.tickflow.sinks.commit.OffsetLedger;
import io.tickflow.sinks.commit.PartitionWriter;
import io.tickflow.sinks.commit.SinkInput;
import io.tickflow.sinks.commit.WrittenFile;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.seal.PartitionCompletion;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.common.TopicPartition;

/**
 * What a task keeps per Kafka partition: the {@link PartitionWriter} that cuts and writes files, and the
 * {@link PartitionCompletion} that lists them in the manifest and seals finished folders once the files holding
 * their records are durable.
 */
final class PartitionSink {

    private final TopicPartition source;
    private final PartitionWriter writer;
    private final PartitionCompletion completion;
    private final OffsetLedger ledger;
    private boolean resumed;

    PartitionSink(TopicPartition source, PartitionWriter writer, PartitionCompletion completion, OffsetLedger ledger) {
        this.source = source;
        this.writer = writer;
        this.completion = completion;
        this.ledger = ledger;
    }

    /** Adds a decoded record bound for {@code folder}; returns the files this put in place. */
    List<WrittenFile> write(SinkInput input, PartitionPath folder) throws IOException {
        resumeAt(input.offset());
        completion.observe(folder, input.timestampMs(), input.offset());
        return completed(writer.write(input, folder));
    }

    /** Counts a rejected record; returns the files its count put in place. */
    List<WrittenFile> skip(long offset) throws IOException {
        resumeAt(offset);
        return completed(writer.skip(offset));
    }

    /** Writes the gathered records now (the idle flush). */
    List<WrittenFile> flush() throws IOException {
        return completed(writer.flush());
    }

    /**
     * The end-of-input seal: writes what is gathered, then seals the folders due or whose seal time is before
     * {@code wallClockMs}; returns the files written.
     */
    List<WrittenFile> sealElapsed(long wallClockMs) throws IOException {
        List<WrittenFile> files = hasPending() ? flush() : List.of();
        completion.sealElapsed(wallClockMs);
        return files;
    }

    boolean hasPending() {
        return writer.pending() > 0;
    }

    void discard() {
        writer.discard();
    }

    private void resumeAt(long offset) throws IOException {
        if (!resumed) {
            completion.resume(offset);
            resumed = true;
        }
    }

    private List<WrittenFile> completed(List<WrittenFile> files) throws IOException {
        long durable = ledger.nextOffset(source);
        if (durable >= 0) {
            completion.published(files, durable);
        }
        return files;
    }
}
