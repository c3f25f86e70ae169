package io.tickflow.core.alerts;

/**
 * Where {@link MinuteAlerts} keeps each ticker's state between minutes: in maps for the batch command
 * ({@link InMemoryTickerAlertStore}), in persistent state stores for the topology. Tickers are canonical, never null.
 */
public interface TickerAlertStore extends VolumeHistories {
    /** The ticker's current session state, or {@code null} before its first minute ever. */
    SessionAlertState session(String ticker);

    void putSession(String ticker, SessionAlertState state);
}
