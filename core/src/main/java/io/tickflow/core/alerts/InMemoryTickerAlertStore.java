package io.tickflow.core.alerts;

import java.util.HashMap;
import java.util.Map;

/** {@link TickerAlertStore} in maps: the batch command's state, and tests'. Not thread-safe. */
public final class InMemoryTickerAlertStore implements TickerAlertStore {
    private final Map<String, SessionAlertState> sessions = new HashMap<>();
    private final Map<String, VolumeHistory> histories = new HashMap<>();
    private final Map<String, TimeOfDayBaseline> baselines = new HashMap<>();
    private final Map<String, double[]> minutes = new HashMap<>();

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
        return histories.getOrDefault(ticker, VolumeHistory.EMPTY);
    }

    @Override
    public void putHistory(String ticker, VolumeHistory history) {
        histories.put(ticker, history);
        baselines.remove(ticker);
    }

    @Override
    public TimeOfDayBaseline baseline(String ticker, int minutesInSession) {
        return baselines.computeIfAbsent(ticker, t -> TimeOfDayBaseline.of(history(t), minutesInSession));
    }

    @Override
    public void putMinuteVolume(String ticker, int minuteIndex, double volume) {
        minutes.computeIfAbsent(ticker, t -> new double[minuteIndex + 1]);
        double[] day = minutes.get(ticker);
        if (day.length <= minuteIndex) {
            day = java.util.Arrays.copyOf(day, minuteIndex + 1);
            minutes.put(ticker, day);
        }
        day[minuteIndex] = volume;
    }

    @Override
    public double[] takeMinuteVolumes(String ticker, int minutesInSession) {
        double[] day = minutes.remove(ticker);
        return java.util.Arrays.copyOf(day == null ? new double[0] : day, minutesInSession);
    }
}
