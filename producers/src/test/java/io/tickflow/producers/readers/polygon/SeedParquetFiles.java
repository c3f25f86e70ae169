package io.tickflow.producers.readers.polygon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes small Parquet files in the seed's layout with parquet-java, with the column types Polars gives them
 * (TIMESTAMP logical types, 3-level LIST of conditions, DATE days), for reader tests.
 */
public final class SeedParquetFiles {

    /** The seed's trades as the REST v3 names them, times TIMESTAMP(NANOS) as {@code pl.Datetime("ns")}. */
    public static final MessageType REST_TRADES = MessageTypeParser.parseMessageType("""
            message trades {
              optional int64 sip_timestamp (TIMESTAMP(NANOS,false));
              optional int64 participant_timestamp (TIMESTAMP(NANOS,false));
              optional double price;
              optional double size;
              optional int32 exchange;
              optional group conditions (LIST) { repeated group list { optional int32 element; } }
              optional int32 correction;
              optional int64 sequence_number;
              optional int32 tape;
              optional binary id (STRING);
            }""");

    /** Short names, time as plain int64 ms (Polygon's raw {@code t} as the seed's script kept it). */
    public static final MessageType SHORT_TRADES = MessageTypeParser.parseMessageType("""
            message trades {
              optional int64 t;
              optional double p;
              optional int64 s;
              optional int32 x;
              optional group c (LIST) { repeated group list { optional int64 element; } }
              optional int64 q;
            }""");

    /** Minute bars with aggregate names, t as TIMESTAMP(MILLIS). */
    public static final MessageType MINUTE = MessageTypeParser.parseMessageType("""
            message minute {
              optional int64 t (TIMESTAMP(MILLIS,true));
              optional double o;
              optional double h;
              optional double l;
              optional double c;
              optional double v;
              optional double vw;
              optional int64 n;
            }""");

    /** Daily bars with long names and a DATE column. */
    public static final MessageType DAILY = MessageTypeParser.parseMessageType("""
            message ohlcv {
              optional int32 date (DATE);
              optional double open;
              optional double high;
              optional double low;
              optional double close;
              optional int64 volume;
            }""");

    private SeedParquetFiles() {
    }

    /** Writes rows filled in by {@code rows} (one consumer call per row) to {@code file}, creating its folders. */
    @SafeVarargs
    public static Path write(Path file, MessageType schema, Consumer<Group>... rows) throws IOException {
        Files.createDirectories(file.getParent());
        SimpleGroupFactory factory = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema).build()) {
            for (Consumer<Group> row : List.of(rows)) {
                Group group = factory.newGroup();
                row.accept(group);
                writer.write(group);
            }
        }
        return file;
    }

    /** Adds a 3-level LIST of int32 codes to {@code row}. */
    public static void addCodes(Group row, String column, int... codes) {
        Group list = row.addGroup(column);
        for (int code : codes) {
            list.addGroup("list").append("element", code);
        }
    }
}
