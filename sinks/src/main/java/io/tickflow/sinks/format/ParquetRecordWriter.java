package io.tickflow.sinks.format;

import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Writes Avro records (generic or generated) into one Parquet file through parquet-java's {@link ParquetWriter} on a
 * {@link LocalOutputFile}, with a {@link PlainParquetConfiguration} (no Hadoop {@code Configuration} built by us;
 * parquet-java still loads Hadoop classes for its codecs). Records go through the field plan of
 * {@code io.tickflow.sinks.fieldplan}, or through parquet-avro's {@code AvroWriteSupport} for a schema the plan does
 * not cover; both write the same bytes.
 *
 * <p>Types: Avro {@code date} becomes Parquet {@code INT32 (DATE)} whether the value is an {@code Integer} (generic
 * records) or a {@link java.time.LocalDate} (generated classes); arrays are written as standard three-level
 * {@code LIST} groups and maps as {@code MAP} groups, which DuckDB, Spark and Arrow read as lists and maps.
 * Output bytes depend only on the records and settings (no timestamps in the footer), so rewriting the same
 * records reproduces the same file.
 */
public final class ParquetRecordWriter implements RecordWriter {

    /**
     * System property that, set to {@code true}, compresses pages with parquet-java's own codec factory instead of a
     * {@link ReusedCodecFactory}: the same bytes, a new zstd stream per page; an A/B switch for benchmarks.
     */
    static final String PARQUET_CODECS_PROPERTY = "tickflow.parquet.parquetCodecs";

    private final AtomicFile file;
    private final ParquetWriter<GenericRecord> writer;
    private boolean open = true;

    /**
     * Opens the temp file of {@code file}, overwriting a leftover from an earlier crash.
     *
     * @param file     where the file goes; its folder exists
     * @param schema   Avro schema of every record, a record schema
     * @param settings codec, level and row group size
     */
    public ParquetRecordWriter(AtomicFile file, Schema schema, ParquetSettings settings) throws IOException {
        this(file, compile(schema, settings), settings);
    }

    /**
     * As the public constructor, with the schema's Parquet schema and field plan worked out already.
     *
     * @param compiled the schema compiled with {@link #compile}
     */
    ParquetRecordWriter(AtomicFile file, CompiledSchema compiled, ParquetSettings settings) throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        PlainParquetConfiguration conf = configuration(settings);
        ReusedCodecFactory codecs = Boolean.getBoolean(PARQUET_CODECS_PROPERTY)
                ? null : new ReusedCodecFactory(conf, ParquetProperties.DEFAULT_PAGE_SIZE, settings.zstdLevel());
        try {
            ParquetWriter.Builder<GenericRecord, ?> builder = compiled.builder(new LocalOutputFile(file.temp()));
            compiled.undictionaried().forEach(column -> builder.withDictionaryEncoding(column, false));
            if (codecs != null) {
                builder.withCodecFactory(codecs);
            }
            this.writer = builder
                    .withConf(conf)
                    .withCompressionCodec(settings.codec())
                    .withRowGroupSize(settings.rowGroupBytes())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    // v2 pages bring DELTA_BINARY_PACKED for longs: nanosecond timestamps and sequence numbers that
                    // rise within a ticker-session shrink to a few bits each (v1 writes them PLAIN or by dictionary)
                    .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0)
                    .build();
        } catch (IOException | RuntimeException e) {
            if (codecs != null) {
                codecs.release(); // the writer that would have released it was never built
            }
            file.discard();
            throw e;
        }
    }

    /** The Parquet schema, undictionaried columns and field plan of {@code schema} under {@code settings}. */
    static CompiledSchema compile(Schema schema, ParquetSettings settings) {
        return CompiledSchema.of(schema, configuration(settings));
    }

    @Override
    public void write(GenericRecord record) throws IOException {
        requireOpen();
        writer.write(record);
    }

    @Override
    public Path commit() throws IOException {
        requireOpen();
        open = false;
        try {
            writer.close();
            file.publish();
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
        return file.target();
    }

    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        try {
            writer.close();
        } finally {
            file.discard();
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("writer for " + file.target() + " is already committed or closed");
        }
    }

    private static PlainParquetConfiguration configuration(ParquetSettings settings) {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        // parquet-avro writes the old two-level list layout unless told otherwise; the three-level layout is the
        // one the Parquet spec (LogicalTypes.md, "Lists") asks writers to use.
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        conf.setInt(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL, settings.zstdLevel());
        return conf;
    }
}
