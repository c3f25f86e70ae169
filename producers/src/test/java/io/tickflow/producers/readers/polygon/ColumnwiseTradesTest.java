package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.parquet.LeafColumns;
import io.tickflow.producers.readers.parquet.ParquetRows;
import io.tickflow.producers.readers.parquet.ResolvedColumns;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The column path of {@link PolygonParquetReader} against the row path ({@link PolygonParquetReader#rowByRow()}) on
 * random trade rows full of nulls, zeros and out-of-range values: the same records, the same rejections (line,
 * reason, raw text, time) and the same counts, record by record, for every schema the column path reads.
 */
class ColumnwiseTradesTest {

    /** 2021-02-05 09:30:00 New York = 14:30:00 UTC. */
    private static final long OPEN_NANOS = 1_612_535_400L * 1_000_000_000L;
    private static final int ROWS = 3_000;

    @TempDir
    Path dir;

    @Test
    void readsTheBenchSchemaAsTheRowPathDoes() throws IOException {
        assertSameAsRowPath("""
                message trades {
                  optional int64 sip_timestamp (TIMESTAMP(NANOS,false));
                  optional int64 participant_timestamp (TIMESTAMP(NANOS,false));
                  optional int64 trf_timestamp (TIMESTAMP(NANOS,false));
                  optional double price;
                  optional double size;
                  optional int32 exchange;
                  optional group conditions (LIST) { repeated group list { optional int32 element; } }
                  optional int32 correction;
                  optional int64 sequence_number;
                  optional int32 tape;
                  optional binary id (STRING);
                  optional int32 trf_id;
                }""", WriterVersion.PARQUET_1_0, 1);
    }

    @Test
    void readsShortNamesATickerColumnAndRequiredElementsOverManyRowGroupsAndV2Pages() throws IOException {
        assertSameAsRowPath("""
                message trades {
                  optional binary T (STRING);
                  optional int64 t;
                  optional double p;
                  optional int64 s;
                  optional int32 x;
                  optional group c (LIST) { repeated group list { required int64 element; } }
                  optional int64 q;
                  optional int32 z;
                  optional int32 r;
                  optional int64 f (TIMESTAMP(MICROS,true));
                  optional int64 y (TIMESTAMP(MILLIS,true));
                  optional int32 e;
                }""", WriterVersion.PARQUET_2_0, 40);
    }

    @Test
    void readsRequiredColumnsRepeatedCodesFloatsAndUnusedColumnsAsTheRowPathDoes() throws IOException {
        assertSameAsRowPath("""
                message trades {
                  required int64 sip_timestamp (TIMESTAMP(MILLIS,true));
                  optional binary ticker (STRING);
                  required float price;
                  optional int32 size;
                  optional double exchange;
                  repeated int32 conditions;
                  optional float sequence_number;
                  optional int64 id;
                  optional int64 __index_level_0__;
                  optional binary note (STRING);
                }""", WriterVersion.PARQUET_1_0, 7);
    }

    @Test
    void readsTwoLevelListsAndRequiredListsAsTheRowPathDoes() throws IOException {
        assertSameAsRowPath("""
                message trades {
                  optional int64 ts;
                  required double price;
                  required double size;
                  required group conditions (LIST) { repeated int32 element; }
                  optional fixed_len_byte_array(4) trade_id;
                }""", WriterVersion.PARQUET_1_0, 3);
    }

    @Test
    void leavesSchemasItDoesNotHandleToTheRowPathSayingWhy() {
        assertThat(rowPathReason("optional int64 t; optional int64 p (DECIMAL(12,4)); optional double s;"))
                .isEqualTo("column p (optional int64 p (DECIMAL(12,4))) as PRICE");
        assertThat(rowPathReason("optional int96 t; optional double p; optional double s;"))
                .isEqualTo("column t (optional int96 t) as TIME");
        assertThat(rowPathReason("optional int64 t; optional double p; optional double s; optional binary c (STRING);"))
                .isEqualTo("column c (optional binary c (STRING)) as CONDITIONS");
        assertThat(rowPathReason("optional int64 t; optional double p; optional double s;"
                + " optional group meta { optional int32 a; optional int32 b; }"))
                .isEqualTo("field meta holds a group of 2 fields");
        assertThat(rowPathReason("optional int64 t; optional double p; optional double s;"
                + " optional group c (LIST) { repeated group list { repeated int32 element; } }"))
                .isEqualTo("field c nests more than one repeated level");
    }

    private static String rowPathReason(String fields) {
        MessageType schema = MessageTypeParser.parseMessageType("message trades { " + fields + " }");
        return ParquetTradeColumns.unsupportedReason(schema, ResolvedColumns.resolve(schema, ParquetTradeField.class));
    }

    private void assertSameAsRowPath(String schemaText, WriterVersion version, int rowGroups) throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType(schemaText);
        assertThat(ParquetTradeColumns.unsupportedReason(schema, ResolvedColumns.resolve(schema, ParquetTradeField.class)))
                .as("the column path reads this schema").isNull();
        Path file = write(schema, version, rowGroups);
        Read rowPath = read(PolygonParquetReader.rowByRow(), file);
        Read columnPath = read(new PolygonParquetReader(), file);

        assertThat(rowPath.stats().accepted()).as("enough clean rows to compare").isGreaterThan(ROWS / 10);
        assertThat(rowPath.stats().rejected()).as("enough bad rows to compare").isGreaterThan(ROWS / 10);
        assertThat(columnPath.stats()).isEqualTo(rowPath.stats());
        for (int i = 0; i < rowPath.records().size(); i++) {
            assertThat(columnPath.records().get(i)).as("record %d", i).isEqualTo(rowPath.records().get(i));
        }
        for (int i = 0; i < rowPath.rejections().size(); i++) {
            assertThat(columnPath.rejections().get(i)).as("rejection %d", i).isEqualTo(rowPath.rejections().get(i));
        }
        assertThat(columnPath.records()).hasSameSizeAs(rowPath.records());
        assertThat(columnPath.rejections()).hasSameSizeAs(rowPath.rejections());
        assertThat(builtFromColumns(file, schema)).as("trades the column path builds without the row path")
                .isEqualTo(rowPath.stats().accepted());
    }

    /** Rows whose trade {@link ParquetTradeColumns} builds itself, checks of the folder's day and ticker included. */
    private static long builtFromColumns(Path file, MessageType schema) throws IOException {
        long built = 0;
        long dayStart = OPEN_NANOS - (9 * 60 + 30) * 60_000_000_000L; // New York midnight of 2021-02-05
        PolygonTickers tickers = new PolygonTickers(new SymbolMapper(), "AAME");
        try (ParquetRows rows = ParquetRows.open(file)) {
            LeafColumns leaves = LeafColumns.over(rows);
            ParquetTradeColumns trades = new ParquetTradeColumns(ResolvedColumns.resolve(schema, ParquetTradeField.class),
                    leaves);
            while (leaves.nextRow()) {
                try {
                    long time = trades.time();
                    if (time >= dayStart && time < dayStart + 24 * 3_600_000_000_000L) {
                        trades.trade(tickers.ofCell(trades.tickerCell()), time, "");
                        built++;
                    }
                } catch (InvalidRowException e) {
                    // left to the row path
                }
            }
        }
        return built;
    }

    private record Read(ReadStats stats, List<Object> records, List<Rejection> rejections) {
    }

    private static Read read(PolygonParquetReader reader, Path file) {
        List<Object> records = new ArrayList<>();
        InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
        ReadStats stats = reader.read(file, Kind.TRADES, null, records::add, rejects);
        return new Read(stats, records, rejects.rejections());
    }

    private Path write(MessageType schema, WriterVersion version, int rowGroups) throws IOException {
        Path file = dir.resolve("raw/polygon/trades/ticker=AAME/date=2021-02-05/trades.parquet");
        Files.createDirectories(file.getParent());
        SimpleGroupFactory factory = new SimpleGroupFactory(schema);
        RandomTradeCells cells = new RandomTradeCells(new Random(schema.hashCode()), OPEN_NANOS);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withWriterVersion(version).withPageSize(2_048).withRowGroupSize(rowGroups == 1 ? 128L << 20 : 8_192L)
                .build()) {
            for (int i = 0; i < ROWS; i++) {
                writer.write(cells.row(factory.newGroup()));
            }
        }
        try (ParquetRows rows = ParquetRows.open(file)) {
            int groups = 0;
            while (rows.nextPages() != null) {
                groups++;
            }
            assertThat(groups).as("row groups").isGreaterThanOrEqualTo(rowGroups == 1 ? 1 : 2);
        }
        return file;
    }
}
