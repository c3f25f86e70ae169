package io.tickflow.core.alerts;

import java.util.HashMap;
import java.util.Map;

/** {@link TradeAlertStore} in maps: the batch command's state, and tests'. Not thread-safe. */
public final class InMemoryTradeAlertStore implements TradeAlertStore {
    private final Map<String, TradeSessionState> sessions = new HashMap<>();
    private final InMemoryTickerAlertStore volumes = new InMemoryTickerAlertStore();

    @Override
    public TradeSessionState session(String ticker) {
        return sessions.get(ticker);
    }

    @Override
    public void putSession(String ticker, TradeSessionState state) {
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
}
