package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.SessionVolumes;
import io.tickflow.core.alerts.TradeAlertStore;
import io.tickflow.core.alerts.TradeSessionState;
import io.tickflow.core.alerts.TimeOfDayBaseline;
import io.tickflow.core.alerts.VolumeHistories;
import io.tickflow.core.alerts.VolumeHistory;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@link TradeAlertStore} of the trade path: each ticker's running {@link TradeSessionState} held in a map in front
 * of the trade-session store, plus the {@link StoreVolumeHistories}.
 *
 * <p>Every trade changes its ticker's state, so reads come from the map (no deserialization per trade) and each
 * write goes to the map and to the store. The store holds writes behind ({@code WriteBehindKeyValueStore}): a write
 * there is a map entry, and each ticker's latest value reaches RocksDB and the changelog a few times a second and
 * before the task commits (inside the transaction under exactly-once), so the committed input is always covered by
 * the store and a restart resumes from it. The map starts empty on every {@code init} (a revived task re-reads the
 * store).
 */
final class StoreTradeAlerts implements TradeAlertStore, VolumeHistories.Delegating {
    private final KeyValueStore<String, TradeSessionState> sessions;
    private final StoreVolumeHistories volumes;
    private final Map<String, TradeSessionState> current = new HashMap<>();
    /** Each ticker's baseline as of its history: read on every trade, changed by {@link #putHistory} only. */
    private final Map<String, TimeOfDayBaseline> baselines = new HashMap<>();

    StoreTradeAlerts(KeyValueStore<String, TradeSessionState> sessions,
                     KeyValueStore<String, SessionVolumes> histories, KeyValueStore<String, SessionMinutes> minutes) {
        this.sessions = sessions;
        this.volumes = new StoreVolumeHistories(histories, minutes);
    }

    @Override
    public TradeSessionState session(String ticker) {
        TradeSessionState state = current.get(ticker);
        if (state == null) {
            state = sessions.get(ticker);
            if (state != null) {
                current.put(ticker, state);
            }
        }
        return state;
    }

    @Override
    public void putSession(String ticker, TradeSessionState state) {
        current.put(ticker, state);
        sessions.put(ticker, state);
    }

    @Override
    public TimeOfDayBaseline baseline(String ticker, int minutesInSession) {
        TimeOfDayBaseline baseline = baselines.get(ticker);
        if (baseline == null) { // one processor, one session length: as StoreVolumeHistories' own cache
            baseline = volumes.baseline(ticker, minutesInSession);
            baselines.put(ticker, baseline);
        }
        return baseline;
    }

    @Override
    public void putHistory(String ticker, VolumeHistory history) {
        baselines.remove(ticker);
        volumes.putHistory(ticker, history);
    }

    @Override
    public VolumeHistories volumes() {
        return volumes;
    }

    /** Forgets everything held deserialized (a task was (re)initialised). */
    void clearCache() {
        current.clear();
        baselines.clear();
        volumes.clearCache();
    }
}
