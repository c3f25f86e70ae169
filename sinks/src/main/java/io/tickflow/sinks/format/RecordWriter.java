package io.tickflow.sinks.format;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes records into one file that becomes visible only on {@link #commit()} (the record-writer seam of
 * kafka-connect-storage-common's {@code RecordWriter}). Not thread safe.
 *
 * <p>Life cycle: any number of {@link #write} calls, then at most one {@link #commit()}, then {@link #close()}.
 * Closing without a commit discards everything written: no partial file is ever visible.
 */
public interface RecordWriter extends Closeable {

    /**
     * @param record a record of the schema the writer was opened with, not null
     * @throws IllegalStateException after {@link #commit()} or {@link #close()}
     */
    void write(GenericRecord record) throws IOException;

    /**
     * Finishes the file and moves it into place atomically, replacing a file of the same name.
     *
     * @return the committed file
     * @throws IllegalStateException after a commit or close
     */
    Path commit() throws IOException;

    /** Releases resources and discards uncommitted data; does nothing more after a commit. Idempotent. */
    @Override
    void close() throws IOException;
}
