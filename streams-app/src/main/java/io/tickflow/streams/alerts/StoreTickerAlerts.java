package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.SessionAlertState;
import io.tickflow.core.alerts.SessionVolumes;
import io.tickflow.core.alerts.TickerAlertStore;
import io.tickflow.core.alerts.VolumeHistories;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@link TickerAlertStore} of the minute path over the stage's persistent stores: the session store (ticker → its
 * current {@link SessionAlertState}, one small write per minute) and the {@link StoreVolumeHistories}.
 */
final class StoreTickerAlerts implements TickerAlertStore, VolumeHistories.Delegating {
    private final KeyValueStore<String, SessionAlertState> sessions;
    private final StoreVolumeHistories volumes;

    StoreTickerAlerts(KeyValueStore<String, SessionAlertState> sessions,
                      KeyValueStore<String, SessionVolumes> histories, KeyValueStore<String, SessionMinutes> minutes) {
        this.sessions = sessions;
        this.volumes = new StoreVolumeHistories(histories, minutes);
    }

    @Override
    public SessionAlertState session(String ticker) {
        return sessions.get(ticker);
    }

    @Override
    public void putSession(String ticker, SessionAlertState state) {
        sessions.put(ticker, state);
    }

    @Override
    public VolumeHistories volumes() {
        return volumes;
    }

    /** Forgets the deserialized histories (a task was (re)initialised). */
    void clearCache() {
        volumes.clearCache();
    }
}
