package io.tickflow.cli.bench;

import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The trades of a bench written again in the seed's Parquet layout ({@code polygon/trades/ticker=T/date=D/trades.parquet},
 * one file per ticker and New York session day), columns named as Polygon's v3 REST API names them, times as
 * {@code TIMESTAMP(NANOS)} and conditions as a 3-level LIST, as Polars writes them. The ticker is in the folder only.
 */
final class ParquetTradeFiles {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
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
            }""");

    private ParquetTradeFiles() {
    }

    /** Writes {@code trades} under {@code root}; returns the files by date, then ticker. */
    static List<Path> write(List<Trade> trades, Path root) {
        Map<String, List<Trade>> byDayAndTicker = new TreeMap<>();
        for (Trade t : trades) {
            LocalDate day = Instant.ofEpochSecond(0, t.getSipTs()).atZone(NEW_YORK).toLocalDate();
            byDayAndTicker.computeIfAbsent(day + "/" + t.getTicker(), k -> new ArrayList<>()).add(t);
        }
        List<Path> files = new ArrayList<>();
        byDayAndTicker.forEach((key, dayTrades) -> {
            String[] dayTicker = key.split("/");
            Path file = root.resolve("polygon/trades/ticker=" + dayTicker[1] + "/date=" + dayTicker[0] + "/trades.parquet");
            files.add(writeFile(file, dayTrades));
        });
        return files;
    }

    private static Path writeFile(Path file, List<Trade> trades) {
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        try {
            Files.createDirectories(file.getParent());
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA).build()) {
                for (Trade t : trades) {
                    writer.write(row(rows.newGroup(), t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static Group row(Group row, Trade t) {
        row.append("sip_timestamp", t.getSipTs()).append("price", t.getPrice()).append("size", t.getSize());
        appendIfSet(row, "participant_timestamp", t.getParticipantTs());
        appendIfSet(row, "trf_timestamp", t.getTrfTs());
        appendIfSet(row, "exchange", t.getExchange());
        appendIfSet(row, "correction", t.getCorrection());
        appendIfSet(row, "sequence_number", t.getSequence());
        appendIfSet(row, "tape", t.getTape());
        appendIfSet(row, "trf_id", t.getTrfId());
        if (t.getId() != null) {
            row.append("id", t.getId());
        }
        Group codes = row.addGroup("conditions");
        t.getConditions().forEach(code -> codes.addGroup("list").append("element", code));
        return row;
    }

    private static void appendIfSet(Group row, String column, Number value) {
        if (value instanceof Long l) {
            row.append(column, l);
        } else if (value instanceof Integer i) {
            row.append(column, i);
        }
    }
}
