package io.tickflow.core.alerts;

import java.util.HashMap;
import java.util.Map;

/** {@link TradeAlertStore} in maps: the batch command's state, and tests'. Not thread-safe. */
public final class InMemoryTradeAlertStore implements TradeAlertStore, VolumeHistories.Delegating {
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
    public VolumeHistories volumes() {
        return volumes;
    }
}
