package io.tickflow.producers.download.parquet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Writes rows of one {@link PolygonRestColumns} schema into one ZSTD Parquet file with parquet-java, through
 * {@link LocalOutputFile} and a {@link PlainParquetConfiguration} (no Hadoop {@code Configuration}). The file is only
 * complete (footer written) after {@link #close()}; callers write under a temporary name and rename afterwards.
 */
final class PolygonParquetWriter implements AutoCloseable {

    private final ParquetWriter<GenericRecord> writer;
    private long rows;

    /** Creates (or overwrites) {@code file}; its folder exists. */
    PolygonParquetWriter(Path file, Schema schema) throws IOException {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        // parquet-avro writes the old two-level list unless told otherwise; the three-level LIST is the one the
        // Parquet spec (LogicalTypes.md, "Lists") asks for, and the one Polars and pyarrow write for conditions
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        this.writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withSchema(schema)
                .withConf(conf)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    void write(GenericRecord row) throws IOException {
        writer.write(row);
        rows++;
    }

    /** Rows written so far. */
    long rows() {
        return rows;
    }

    /** Writes the footer: the file is complete once this returns. */
    @Override
    public void close() throws IOException {
        writer.close();
    }
}
