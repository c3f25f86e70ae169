package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * In-memory point-in-time store of short data: every record ever added, per ticker, answering "what was public
 * at time t" ({@link #publicAt}) and never anything published at or after t. A record with the same ticker,
 * reference date and sub-key as an earlier one replaces it (a re-read or corrected file). The batch command and
 * tests use it; the topology keeps the same keys in RocksDB and builds the same {@link PublicShortData}.
 * Not thread-safe.
 */
public final class PointInTimeStore {
    private final Map<String, NavigableMap<StoreKey, ShortVolumeRecord>> volumes = new HashMap<>();
    private final Map<String, NavigableMap<StoreKey, FailsRecord>> fails = new HashMap<>();
    private final Map<String, NavigableMap<StoreKey, ShortInterestRecord>> interest = new HashMap<>();

    private record StoreKey(LocalDate date, String subKey) implements Comparable<StoreKey> {
        @Override
        public int compareTo(StoreKey o) {
            int byDate = date.compareTo(o.date);
            return byDate != 0 ? byDate : subKey.compareTo(o.subKey);
        }
    }

    public void add(ShortVolumeRecord record) {
        put(volumes, record);
    }

    public void add(FailsRecord record) {
        put(fails, record);
    }

    public void add(ShortInterestRecord record) {
        put(interest, record);
    }

    /** What of {@code ticker}'s short data was public strictly before {@code asOfNanos}. */
    public PublicShortData publicAt(String ticker, long asOfNanos) {
        return PublicShortData.asOf(
                newestFirst(volumes, ticker).values().iterator(),
                newestFirst(fails, ticker).values().iterator(),
                newestFirst(interest, ticker).values().iterator(), asOfNanos);
    }

    private static <R extends PublishedRecord> void put(Map<String, NavigableMap<StoreKey, R>> byTicker, R record) {
        byTicker.computeIfAbsent(record.ticker(), t -> new TreeMap<>())
                .put(new StoreKey(record.referenceDate(), record.subKey()), record);
    }

    private static <R> NavigableMap<StoreKey, R> newestFirst(Map<String, NavigableMap<StoreKey, R>> byTicker,
                                                            String ticker) {
        NavigableMap<StoreKey, R> records = byTicker.get(ticker);
        return records == null ? new TreeMap<>() : records.descendingMap();
    }
}
