package io.tickflow.sinks.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndictionariedColumnsTest {

    @TempDir
    Path tmp;

    @Test
    void listsEveryLongColumnOfTradesInSchemaOrder() {
        assertThat(UndictionariedColumns.of(Trade.getClassSchema(), threeLevelLists()))
                .containsExactly("sip_ts", "participant_ts", "trf_ts", "sequence");
    }

    @Test
    void listsTheNanosecondTimesOfBars() {
        assertThat(UndictionariedColumns.of(ImbalanceBar.getClassSchema(), threeLevelLists()))
                .containsExactly("open_time", "close_time");
    }

    @Test
    void writesTimestampsWithoutDictionaryAndTickersWithOne() throws IOException {
        AtomicFile file = new AtomicFile(tmp.resolve("trades.parquet"));
        try (RecordWriter writer = new ParquetRecordWriter(file, Trade.getClassSchema(), ParquetSettings.DEFAULT)) {
            for (int i = 0; i < 100; i++) {
                writer.write(Fixtures.trade("AAPL", Fixtures.OPEN_2024_01_02_NS + i * 1_000L));
            }
            writer.commit();
        }
        Map<String, Set<Encoding>> encodings = encodingsByColumn(file.target());
        assertThat(encodings.get("sip_ts")).doesNotContain(Encoding.RLE_DICTIONARY, Encoding.PLAIN_DICTIONARY)
                .contains(Encoding.DELTA_BINARY_PACKED);
        assertThat(encodings.get("ticker")).contains(Encoding.RLE_DICTIONARY);
    }

    private static Map<String, Set<Encoding>> encodingsByColumn(Path file) throws IOException {
        Map<String, Set<Encoding>> byColumn = new HashMap<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            for (ColumnChunkMetaData column : reader.getFooter().getBlocks().get(0).getColumns()) {
                byColumn.put(column.getPath().toDotString(), column.getEncodings());
            }
        }
        return byColumn;
    }

    private static PlainParquetConfiguration threeLevelLists() {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        return conf;
    }
}
