package io.tickflow.core.alerts;

/**
 * Each ticker's minute volumes, current session and finished ones: what the time-of-day averages of both alert paths
 * ({@link MinuteAlerts} over minute bars, {@link TradeAlerts} over trades) are computed from. Tickers are canonical,
 * never null.
 */
public interface VolumeHistories {
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
