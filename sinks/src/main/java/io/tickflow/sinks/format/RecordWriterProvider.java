package io.tickflow.sinks.format;

import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import org.apache.avro.Schema;

/** Opens {@link RecordWriter}s of one file format (the format seam of kafka-connect-storage-common). */
public interface RecordWriterProvider {

    /** File name extension with its dot, e.g. {@code .parquet}. */
    String extension();

    /**
     * @param file   where the file goes; its folder exists
     * @param schema Avro schema of every record written
     */
    RecordWriter open(AtomicFile file, Schema schema) throws IOException;
}
