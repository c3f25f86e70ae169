package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.SessionVolumes;
import io.tickflow.core.alerts.VolumeHistories;
import io.tickflow.core.alerts.TimeOfDayBaseline;
import io.tickflow.core.alerts.VolumeHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@link VolumeHistories} over two of the alerts stage's persistent stores (both paths, minutes and trades, use
 * them):
 * <ul>
 *   <li>history store: {@code ticker NUL epoch-day} → one finished session's minute volumes, so a session's end
 *       writes one session and deletes the one leaving the window, not the whole 30-session history;</li>
 *   <li>minutes store: {@code ticker} → the current session's minute volumes ({@link SessionMinutes}), deleted when
 *       the session rolls into the history. One key per ticker, not one per minute: a minute's close writes one
 *       key (written down at most once per write-behind interval however many minutes closed) and a roll deletes
 *       one, where per-minute keys made every roll delete a key per minute traded; at 100k trades/s those writes
 *       were the stream thread's longest pauses (2,000 keys, 5-6 ms, several times a second).</li>
 * </ul>
 * Histories and their baselines are also held deserialized in a bounded map, since every minute (or trade) reads
 * them and they change once per session; so are each ticker's current-session minute volumes (read from the store
 * once, or started empty at a session's open), so that a session roll, which every ticker goes through at the open,
 * reads no store. Only this object writes the two stores of its task, and the processor clears the maps on every
 * {@code init} (a revived task), so the maps never disagree with the stores.
 */
final class StoreVolumeHistories implements VolumeHistories {
    private static final int CACHED_TICKERS = 8192;
    private static final char SEPARATOR = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    private record Cached(VolumeHistory history, TimeOfDayBaseline baseline) {
    }

    private final KeyValueStore<String, SessionVolumes> histories;
    private final KeyValueStore<String, SessionMinutes> minutes;
    private final Map<String, Cached> cache = boundedMap();
    /** Tickers' current-session minute volumes, as stored: a missing ticker is read from the store. */
    private final Map<String, SessionMinutes> sessionMinutes = boundedMap();

    StoreVolumeHistories(KeyValueStore<String, SessionVolumes> histories, KeyValueStore<String, SessionMinutes> minutes) {
        this.histories = histories;
        this.minutes = minutes;
    }

    @Override
    public VolumeHistory history(String ticker) {
        Cached cached = cache.get(ticker);
        return cached != null ? cached.history() : load(ticker);
    }

    @Override
    public void putHistory(String ticker, VolumeHistory history) {
        VolumeHistory old = history(ticker);
        for (SessionVolumes s : old.sessions()) {
            if (!history.sessions().contains(s)) {
                histories.put(historyKey(ticker, s), null); // a delete without reading the old value
            }
        }
        for (SessionVolumes s : history.sessions()) {
            if (!old.sessions().contains(s)) {
                histories.put(historyKey(ticker, s), s);
            }
        }
        cache.put(ticker, new Cached(history, null));
    }

    @Override
    public TimeOfDayBaseline baseline(String ticker, int minutesInSession) {
        Cached cached = cache.get(ticker);
        if (cached == null || cached.baseline() == null) {
            VolumeHistory history = cached != null ? cached.history() : load(ticker);
            cached = new Cached(history, TimeOfDayBaseline.of(history, minutesInSession));
            cache.put(ticker, cached);
        }
        return cached.baseline();
    }

    @Override
    public void putMinuteVolume(String ticker, int minuteIndex, double volume) {
        SessionMinutes known = sessionMinutes(ticker);
        known.put(minuteIndex, volume);
        minutes.put(ticker, known.copy());
    }

    @Override
    public double[] takeMinuteVolumes(String ticker, int minutesInSession) {
        SessionMinutes known = sessionMinutes(ticker);
        double[] day = new double[minutesInSession];
        known.forEach((minuteIndex, volume) -> day[minuteIndex] = volume);
        if (known.count() > 0) {
            minutes.put(ticker, null); // deletes without delete()'s read and deserialization of the old value
        }
        sessionMinutes.put(ticker, new SessionMinutes()); // the new session's minutes: none yet
        return day;
    }

    /** Forgets the deserialized histories (a task was (re)initialised). */
    void clearCache() {
        cache.clear();
        sessionMinutes.clear();
    }

    private SessionMinutes sessionMinutes(String ticker) {
        SessionMinutes known = sessionMinutes.get(ticker);
        if (known == null) {
            SessionMinutes stored = minutes.get(ticker);
            known = stored == null ? new SessionMinutes() : stored.copy();
            sessionMinutes.put(ticker, known);
        }
        return known;
    }

    private VolumeHistory load(String ticker) {
        List<SessionVolumes> loaded = new ArrayList<>();
        try (KeyValueIterator<String, SessionVolumes> it = histories.prefixScan(ticker + SEPARATOR, KEYS)) {
            it.forEachRemaining(kv -> loaded.add(kv.value)); // zero-padded epoch days: ascending by date
        }
        return new VolumeHistory(loaded);
    }

    /** {@code ticker NUL} and the epoch day zero-padded to 8 digits (the keys {@code String.format("%08d")} gave). */
    static String historyKey(String ticker, SessionVolumes s) {
        String day = Long.toString(s.session().toEpochDay()); // >= 0: sessions after 1970
        return ticker + SEPARATOR + "00000000".substring(Math.min(8, day.length())) + day;
    }

    /** An access-ordered map of at most {@value #CACHED_TICKERS} tickers, the least recently used dropped first. */
    private static <V> Map<String, V> boundedMap() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHED_TICKERS;
            }
        };
    }

}
