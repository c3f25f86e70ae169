package io.tickflow.core.alerts;

/**
 * Where {@link TradeAlerts} keeps each ticker's state between trades: in maps for the batch command
 * ({@link InMemoryTradeAlertStore}), in persistent state stores for the topology. Tickers are canonical, never null.
 */
public interface TradeAlertStore extends VolumeHistories {
    /** The ticker's current session state, or {@code null} before its first eligible trade ever. */
    TradeSessionState session(String ticker);

    void putSession(String ticker, TradeSessionState state);
}
