package io.tickflow.sinks.format;

import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.util.Objects;
import org.apache.avro.Schema;

/** Parquet files written from Avro records with parquet-java. */
public final class ParquetFormat implements RecordWriterProvider {

    private final ParquetSettings settings;

    /** @param settings codec, level and row group size */
    public ParquetFormat(ParquetSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String extension() {
        return ".parquet";
    }

    @Override
    public RecordWriter open(AtomicFile file, Schema schema) throws IOException {
        return new ParquetRecordWriter(file, schema, settings);
    }
}
