package io.tickflow.sinks.format;

import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Parquet files written from Avro records with parquet-java. Each writer schema is compiled once (Parquet schema,
 * undictionaried columns, field plan) and reused by every file of that schema; the cache holds one entry per
 * distinct schema written, a handful per topic.
 */
public final class ParquetFormat implements RecordWriterProvider {

    private final ParquetSettings settings;
    private final Map<Schema, CompiledSchema> compiled = new ConcurrentHashMap<>();

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
        CompiledSchema plan = compiled.computeIfAbsent(schema, s -> ParquetRecordWriter.compile(s, settings));
        return new ParquetRecordWriter(file, plan, settings);
    }
}
