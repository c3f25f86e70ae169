package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.SessionAlertState;
import io.tickflow.core.alerts.SessionVolumes;
import io.tickflow.core.alerts.TickerAlertStore;
import io.tickflow.core.alerts.TimeOfDayBaseline;
import io.tickflow.core.alerts.VolumeHistory;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@link TickerAlertStore} of the minute path over the stage's persistent stores: the session store (ticker → its
 * current {@link SessionAlertState}, one small write per minute) and the {@link StoreVolumeHistories}.
 */
final class StoreTickerAlerts implements TickerAlertStore {
    private final KeyValueStore<String, SessionAlertState> sessions;
    private final StoreVolumeHistories volumes;

    StoreTickerAlerts(KeyValueStore<String, SessionAlertState> sessions,
                      KeyValueStore<String, SessionVolumes> histories, KeyValueStore<String, Double> minutes) {
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
    public VolumeHistory history(String ticker) {
        return volumes.history(ticker);
    }

    @Override
    public void putHistory(String ticker, VolumeHistory history) {
        volumes.putHistory(ticker, history);
    }

    @Override
    public TimeOfDayBaseline baseline(String ticker, int minutesInSession) {
        return volumes.baseline(ticker, minutesInSession);
    }

    @Override
    public void putMinuteVolume(String ticker, int minuteIndex, double volume) {
        volumes.putMinuteVolume(ticker, minuteIndex, volume);
    }

    @Override
    public double[] takeMinuteVolumes(String ticker, int minutesInSession) {
        return volumes.takeMinuteVolumes(ticker, minutesInSession);
    }

    /** Forgets the deserialized histories (a task was (re)initialised). */
    void clearCache() {
        volumes.clearCache();
    }
}
