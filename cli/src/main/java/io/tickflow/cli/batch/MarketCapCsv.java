package io.tickflow.cli.batch;

import io.tickflow.core.universe.MarketCapHistory;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.reference.MarketCapCsvReader;
import io.tickflow.schemas.reference.MarketCap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A market-cap CSV ({@link MarketCapCsvReader}: ticker, date, market cap under their usual names) as the batch and
 * the publisher use it. A ticker-date given twice keeps the later row, as the compacted
 * {@code reference.market-cap} keeps the later value of a key.
 *
 * @param caps  each ticker's caps
 * @param read  the reader's counts (rejected rows went to the dead-letter sink with their reasons)
 */
public record MarketCapCsv(Map<String, MarketCapHistory> caps, Map<String, MarketCap> records, ReadStats read) {

    /** @param rejects where malformed rows go, with the file, line and reason */
    public static MarketCapCsv read(Path file, DeadLetterSink rejects) {
        Map<String, MarketCap> records = new TreeMap<>();
        ReadStats read = new MarketCapCsvReader().read(file,
                cap -> records.put(cap.getTicker() + "|" + cap.getDate(), cap), rejects);
        Map<String, Map<LocalDate, Double>> byTicker = new HashMap<>();
        records.values().forEach(cap -> byTicker.computeIfAbsent(cap.getTicker(), t -> new HashMap<>())
                .put(cap.getDate(), cap.getMarketCap()));
        Map<String, MarketCapHistory> caps = new HashMap<>();
        byTicker.forEach((ticker, values) -> caps.put(ticker, new MarketCapHistory(values)));
        return new MarketCapCsv(Map.copyOf(caps), Map.copyOf(records), read);
    }
}
