package io.tickflow.sinks.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.storage.AtomicFile;
import io.tickflow.schemas.bars.ImbalanceBar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRecordWriterTest {

    private static final LocalDate SESSION = LocalDate.of(2024, 1, 2);

    @TempDir
    Path tmp;

    @Test
    void writesBarsThatReadBackEqual() throws IOException {
        List<ImbalanceBar> bars = List.of(Fixtures.bar("AAPL", SESSION, 0), Fixtures.bar("AAPL", SESSION, 1));
        Path file = write(bars, ParquetSettings.DEFAULT);

        List<GenericRecord> read = Fixtures.readParquet(file);
        assertThat(read).hasSize(2);
        assertThat(read.get(1).get("ticker").toString()).isEqualTo("AAPL");
        assertThat(read.get(1).get("session")).isEqualTo(19_724); // 2024-01-02 as epoch days
        assertThat(read.get(1).get("open")).isEqualTo(11.0);        // 10 + seq 1
        assertThat(read.get(1).get("volume")).isEqualTo(200.0);     // 100 x (1 + 1)
        assertThat(read.get(0).get("complete")).isEqualTo(true);
    }

    @Test
    void storesAvroDateAsParquetDate() throws IOException {
        Path file = write(List.of(Fixtures.bar("A", SESSION, 0)), ParquetSettings.DEFAULT);
        MessageType schema = footerSchema(file);
        assertThat(schema.getType("session").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.dateType());
    }

    @Test
    void compressesEveryColumnWithZstd() throws IOException {
        Path file = write(List.of(Fixtures.bar("A", SESSION, 0)), ParquetSettings.DEFAULT);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            List<CompressionCodecName> codecs = new ArrayList<>();
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                block.getColumns().stream().map(ColumnChunkMetaData::getCodec).forEach(codecs::add);
            }
            assertThat(codecs).hasSize(18).containsOnly(CompressionCodecName.ZSTD);
        }
    }

    @Test
    void appliesConfiguredZstdLevel() throws IOException {
        List<ImbalanceBar> bars = new ArrayList<>();
        for (int seq = 0; seq < 2_000; seq++) {
            bars.add(Fixtures.bar("T" + (seq % 97), SESSION, seq));
        }
        long fast = Files.size(write(bars, ParquetSettings.DEFAULT.withZstdLevel(1), "l1.parquet"));
        long small = Files.size(write(bars, ParquetSettings.DEFAULT.withZstdLevel(19), "l19.parquet"));
        assertThat(small).isLessThan(fast);
    }

    @Test
    void writesSameBytesForSameRecords() throws IOException {
        List<ImbalanceBar> bars = List.of(Fixtures.bar("A", SESSION, 0), Fixtures.bar("A", SESSION, 1));
        byte[] first = Files.readAllBytes(write(bars, ParquetSettings.DEFAULT, "one.parquet"));
        byte[] second = Files.readAllBytes(write(bars, ParquetSettings.DEFAULT, "two.parquet"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writesArraysAndMapsAsNestedColumns() throws IOException {
        AtomicFile trades = new AtomicFile(tmp.resolve("trades.parquet"));
        try (RecordWriter writer = new ParquetRecordWriter(trades, Fixtures.trade("A", 1L).getSchema(), ParquetSettings.DEFAULT)) {
            writer.write(Fixtures.trade("A", 1L));
            writer.commit();
        }
        AtomicFile alerts = new AtomicFile(tmp.resolve("alerts.parquet"));
        try (RecordWriter writer = new ParquetRecordWriter(alerts, Fixtures.alert("A", SESSION).getSchema(), ParquetSettings.DEFAULT)) {
            writer.write(Fixtures.alert("A", SESSION));
            writer.commit();
        }
        assertThat(footerSchema(trades.target()).getType("conditions").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.listType());
        assertThat(footerSchema(alerts.target()).getType("values").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.mapType());
        assertThat(Fixtures.readParquet(trades.target()).get(0).get("conditions"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(12, 37);
    }

    @Test
    void closeWithoutCommitDeletesTempFileAndLeavesNoTarget() throws IOException {
        AtomicFile file = new AtomicFile(tmp.resolve("bars.parquet"));
        try (RecordWriter writer = new ParquetRecordWriter(file, ImbalanceBar.getClassSchema(), ParquetSettings.DEFAULT)) {
            writer.write(Fixtures.bar("A", SESSION, 0));
            assertThat(file.temp()).exists();
        }
        assertThat(file.temp()).doesNotExist();
        assertThat(file.target()).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void commitReplacesExistingFileOfSameName() throws IOException {
        Path file = write(List.of(Fixtures.bar("A", SESSION, 0)), ParquetSettings.DEFAULT);
        write(List.of(Fixtures.bar("A", SESSION, 0), Fixtures.bar("A", SESSION, 1)), ParquetSettings.DEFAULT);
        assertThat(Fixtures.readParquet(file)).hasSize(2);
        assertThat(tmp).isDirectoryNotContaining("glob:**/.*");
    }

    @Test
    void refusesWritesAfterCommit() throws IOException {
        AtomicFile file = new AtomicFile(tmp.resolve("bars.parquet"));
        try (RecordWriter writer = new ParquetRecordWriter(file, ImbalanceBar.getClassSchema(), ParquetSettings.DEFAULT)) {
            writer.commit();
            assertThatThrownBy(() -> writer.write(Fixtures.bar("A", SESSION, 0))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(writer::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(file.target()).exists();
    }

    private Path write(List<ImbalanceBar> bars, ParquetSettings settings) throws IOException {
        return write(bars, settings, "bars.parquet");
    }

    private Path write(List<ImbalanceBar> bars, ParquetSettings settings, String name) throws IOException {
        AtomicFile file = new AtomicFile(tmp.resolve(name));
        try (RecordWriter writer = new ParquetFormat(settings).open(file, ImbalanceBar.getClassSchema())) {
            for (ImbalanceBar bar : bars) {
                writer.write(bar);
            }
            return writer.commit();
        }
    }

    private static MessageType footerSchema(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }
}
