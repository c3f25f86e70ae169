package io.tickflow.sinks.commit;

import io.tickflow.sinks.format.RecordWriterProvider;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.TopicPartition;

/**
 * Turns the records of one Kafka partition into files: it gathers a {@link PartitionChunk}, asks the
 * {@link RotationPolicy} when to cut it, writes all of the chunk's folders at once (one file per folder, named
 * by {@link FileNamer}, each renamed into place) and only then moves the {@link OffsetLedger} past the chunk.
 * A crash at any point leaves the ledger, and so the committed offset, at a chunk start; the rerun cuts the same
 * chunks from there and replaces the same names. Not thread safe.
 */
public final class PartitionWriter {

    private final TopicPartition source;
    private final RotationPolicy rotation;
    private final ChunkWriter chunkWriter;
    private final OffsetLedger ledger;
    private final PartitionChunk chunk = new PartitionChunk();

    /**
     * @param source        the Kafka partition whose records this writer receives, in offset order
     * @param datasetPrefix dataset folder under the storage root, e.g. {@code processed/bars/v1}
     * @param format        file format
     * @param storage       storage root
     * @param rotation      when chunks are cut
     * @param ledger        where durable offsets are recorded
     */
    public PartitionWriter(TopicPartition source, PartitionPath datasetPrefix, RecordWriterProvider format,
                           LocalStorage storage, RotationPolicy rotation, OffsetLedger ledger) {
        this.source = Objects.requireNonNull(source, "source");
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.chunkWriter = new ChunkWriter(storage, datasetPrefix, format);
    }

    /**
     * Adds a record bound for {@code path}.
     *
     * @return the files this record's arrival put in place (empty unless a chunk was cut)
     * @throws IOException if a file cannot be written; the ledger then stays where it was
     */
    public List<WrittenFile> write(SinkInput input, PartitionPath path) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        if (rotation.rotatesBefore(chunk, path, input.timestampMs()) || chunk.changesSchema(input.value(), path)) {
            written.addAll(writeChunk());
        }
        chunk.add(input, path);
        if (rotation.isFull(chunk.consumed())) {
            written.addAll(writeChunk());
        }
        return written;
    }

    /**
     * Counts a record that is not written (rejected with a reason elsewhere), so that its offset is committed
     * with the chunk it fell in.
     */
    public List<WrittenFile> skip(long offset) throws IOException {
        chunk.reject(offset);
        return rotation.isFull(chunk.consumed()) ? writeChunk() : List.of();
    }

    /** Records gathered but not yet in files; they are read again from the committed offset. */
    public int pending() {
        return chunk.consumed();
    }

    /**
     * Writes the gathered records now, whatever the rotation policy says. Cuts files where the records do not decide,
     * so it is safe only because a resumed partition first deletes its files past the resume offset
     * ({@code PartitionCompletion.resume}).
     */
    public List<WrittenFile> flush() throws IOException {
        return writeChunk();
    }

    /** Drops the gathered records without writing them (partition revoked, task stopping). */
    public void discard() {
        chunk.clear();
    }

    private List<WrittenFile> writeChunk() throws IOException {
        if (chunk.isEmpty()) {
            return List.of();
        }
        List<WrittenFile> written = chunkWriter.write(source, chunk);
        ledger.advance(source, chunk.nextOffset());
        chunk.clear();
        return written;
    }
}
