package io.tickflow.benchmarks.sink;

import io.tickflow.schemas.market.Trade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the sink cuts from the bench's trades, worked out without the sink: per Kafka partition, chunks of
 * {@value #FLUSH_SIZE} records (its {@code flush.size}, no other rotation; the last chunk is the idle flush's tail),
 * and in each chunk one file per {@code ticker=T/date=D} folder, the date of {@code sip_ts} in New York.
 */
final class SinkFileCuts {

    static final int FLUSH_SIZE = 50_000;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private SinkFileCuts() {
    }

    /** Each file's trades, in the order the sink writes them within a partition. */
    static List<List<Trade>> of(SinkBenchTrades trades) {
        List<List<Trade>> files = new ArrayList<>();
        for (int p = 0; p < SinkBenchTrades.PARTITIONS; p++) {
            List<Trade> ofPartition = new ArrayList<>();
            for (int i = 0; i < trades.trades().size(); i++) {
                if (trades.partitions()[i] == p) {
                    ofPartition.add(trades.trades().get(i));
                }
            }
            for (int start = 0; start < ofPartition.size(); start += FLUSH_SIZE) {
                files.addAll(byFolder(ofPartition.subList(start, Math.min(start + FLUSH_SIZE, ofPartition.size()))));
            }
        }
        return files;
    }

    private static List<List<Trade>> byFolder(List<Trade> chunk) {
        Map<String, List<Trade>> folders = new LinkedHashMap<>();
        for (Trade trade : chunk) {
            LocalDate date = Instant.ofEpochSecond(0, trade.getSipTs()).atZone(NEW_YORK).toLocalDate();
            folders.computeIfAbsent(trade.getTicker() + "/" + date, f -> new ArrayList<>()).add(trade);
        }
        return new ArrayList<>(folders.values());
    }
}
