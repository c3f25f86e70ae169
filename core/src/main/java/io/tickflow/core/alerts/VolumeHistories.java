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

    /**
     * A store that keeps its volume histories in another {@code VolumeHistories} (a session store next to shared
     * history stores): every method here goes to {@link #volumes()}.
     */
    interface Delegating extends VolumeHistories {
        /** Where the histories live. */
        VolumeHistories volumes();

        @Override
        default VolumeHistory history(String ticker) {
            return volumes().history(ticker);
        }

        @Override
        default void putHistory(String ticker, VolumeHistory history) {
            volumes().putHistory(ticker, history);
        }

        @Override
        default TimeOfDayBaseline baseline(String ticker, int minutesInSession) {
            return volumes().baseline(ticker, minutesInSession);
        }

        @Override
        default void putMinuteVolume(String ticker, int minuteIndex, double volume) {
            volumes().putMinuteVolume(ticker, minuteIndex, volume);
        }

        @Override
        default double[] takeMinuteVolumes(String ticker, int minutesInSession) {
            return volumes().takeMinuteVolumes(ticker, minutesInSession);
        }
    }
}
