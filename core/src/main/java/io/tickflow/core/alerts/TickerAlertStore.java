package io.tickflow.core.alerts;

/**
 * Where {@link MinuteAlerts} keeps each ticker's state between minutes: in maps for the batch command
 * ({@link InMemoryTickerAlertStore}), in persistent state stores for the topology. Tickers are canonical, never null.
 */
public interface TickerAlertStore {
    /** The ticker's current session state, or {@code null} before its first minute ever. */
    SessionAlertState session(String ticker);

    void putSession(String ticker, SessionAlertState state);

    /** The ticker's finished sessions, {@link VolumeHistory#EMPTY} when none. */
    VolumeHistory history(String ticker);

    /** Stores the history; the next {@link #baseline} call must reflect it. */
    void putHistory(String ticker, VolumeHistory history);

    /** {@code TimeOfDayBaseline.of(history(ticker), minutesInSession)}; implementations may cache it. */
    TimeOfDayBaseline baseline(String ticker, int minutesInSession);

    /** Records a minute's volume of the ticker's current session (one call per minute index). */
    void putMinuteVolume(String ticker, int minuteIndex, double volume);

    /** The current session's minute volumes, by minute index (length {@code minutesInSession}), removing them. */
    double[] takeMinuteVolumes(String ticker, int minutesInSession);
}
