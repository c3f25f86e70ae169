package io.tickflow.benchmarks.sink;

import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Writes {@link TradeColumns} into one Parquet file with parquet-java's column API ({@link ColumnWriteStore} pages
 * into a {@link ParquetFileWriter}), without records, record consumer or Avro: the floor of the sink's writing.
 * The file is the sink's: the Parquet schema parquet-avro gives the trades (three-level lists), v2 pages, no
 * dictionary for INT64 columns ({@code format.UndictionariedColumns}), parquet-java's other defaults (1 MiB pages
 * and dictionary pages, statistics, page checksums), one row group, the Avro schema in the footer, written to a
 * temp file then renamed.
 */
final class TradeColumnsWriter {

    private static final Schema AVRO = Trade.getClassSchema();
    private final MessageType schema;
    private final ParquetProperties properties;
    private final BytesInputCompressor compressor;
    private final ColumnDescriptor[] columns;

    /** @param compressor compresses every page; reused across files */
    TradeColumnsWriter(BytesInputCompressor compressor) {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        this.schema = new AvroSchemaConverter(conf).convert(AVRO);
        ParquetProperties.Builder builder = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0);
        for (ColumnDescriptor column : schema.getColumns()) {
            if (column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT64) {
                builder.withDictionaryEncoding(String.join(".", column.getPath()), false);
            }
        }
        this.properties = builder.build();
        this.compressor = compressor;
        this.columns = schema.getColumns().toArray(ColumnDescriptor[]::new);
        requireLevels();
    }

    /** The levels {@link #writeRows} writes: a changed trades schema must fail here, not write a wrong file. */
    private void requireLevels() {
        int[] definition = {0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        boolean same = columns.length == definition.length;
        for (int c = 0; same && c < columns.length; c++) {
            same = columns[c].getMaxDefinitionLevel() == definition[c]
                    && columns[c].getMaxRepetitionLevel() == (c == 7 ? 1 : 0);
        }
        if (!same) {
            throw new IllegalStateException("the trades' Parquet schema changed, the writer has not: " + schema);
        }
    }

    void write(Path target, TradeColumns trades) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        ParquetFileWriter file = new ParquetFileWriter(new LocalOutputFile(temp), schema,
                ParquetFileWriter.Mode.OVERWRITE, ParquetWriter.DEFAULT_BLOCK_SIZE, ParquetWriter.MAX_PADDING_SIZE_DEFAULT,
                null, properties);
        file.start();
        ColumnChunkPageWriteStore pages = ColumnChunkPageWriteStore.builder().withSchema(schema)
                .withCompressorProvider(column -> compressor).withAllocator(properties.getAllocator())
                .withColumnIndexTruncateLength(properties.getColumnIndexTruncateLength())
                .withPageWriteChecksumEnabled(properties.getPageWriteChecksumEnabled()).build();
        ColumnWriteStore store = properties.newColumnWriteStore(schema, pages, pages);
        writeRows(store, trades);
        file.startBlock(trades.rows());
        store.flush();
        pages.flushToFileWriter(file);
        file.endBlock();
        file.end(Map.of("parquet.avro.schema", AVRO.toString()));
        store.close();
        pages.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void writeRows(ColumnWriteStore store, TradeColumns t) {
        ColumnWriter[] w = new ColumnWriter[columns.length];
        for (int c = 0; c < columns.length; c++) {
            w[c] = store.getColumnWriter(columns[c]);
        }
        for (int i = 0; i < t.rows(); i++) {
            w[0].write(t.ticker()[i], 0, 0);
            w[1].write(t.sipTs()[i], 0, 0);
            write(w[2], t.participantTs(), i);
            write(w[3], t.trfTs(), i);
            w[4].write(t.price()[i], 0, 0);
            w[5].write(t.size()[i], 0, 0);
            write(w[6], t.exchange(), i);
            writeList(w[7], t.conditions()[i]);
            write(w[8], t.correction(), i);
            write(w[9], t.sequence(), i);
            write(w[10], t.tape(), i);
            write(w[11], t.id()[i]);
            write(w[12], t.trfId(), i);
            write(w[13], t.source()[i]);
            store.endRecord();
        }
    }

    /** Optional columns: definition level 1 for a value, 0 for a null. */
    private static void write(ColumnWriter writer, TradeColumns.Longs column, int i) {
        if (column.present()[i]) {
            writer.write(column.values()[i], 0, 1);
        } else {
            writer.writeNull(0, 0);
        }
    }

    private static void write(ColumnWriter writer, TradeColumns.Ints column, int i) {
        if (column.present()[i]) {
            writer.write(column.values()[i], 0, 1);
        } else {
            writer.writeNull(0, 0);
        }
    }

    private static void write(ColumnWriter writer, Binary value) {
        if (value != null) {
            writer.write(value, 0, 1);
        } else {
            writer.writeNull(0, 0);
        }
    }

    /**
     * {@code required group conditions (LIST) { repeated group list { required int32 element } }}: an empty list is
     * one null at definition level 0; elements have definition level 1, repetition level 0 for the first, 1 after.
     */
    private static void writeList(ColumnWriter writer, int[] values) {
        if (values.length == 0) {
            writer.writeNull(0, 0);
            return;
        }
        for (int k = 0; k < values.length; k++) {
            writer.write(values[k], k == 0 ? 0 : 1, 1);
        }
    }
}
