package io.tickflow.core.alerts;

import java.util.Locale;
import java.util.Map;

/**
 * Volume spike: a minute whose volume is at least {@code spike_multiple} times the mean volume of the same minute
 * of the session over the ticker's prior sessions (up to 30; at least {@code spike_min_history}). A zero mean
 * (the ticker never traded at that minute) gives no ratio and no alert: any volume would be an infinite spike.
 */
final class VolumeSpikeRule {
    private VolumeSpikeRule() {
    }

    static RuleVerdict evaluate(MinuteContext c) {
        AlertSettings settings = c.settings();
        Double average = c.baseline().minuteAverage(c.minuteIndex(), settings.spikeMinHistory());
        if (average == null) {
            return RuleVerdict.NO_HISTORY;
        }
        double volume = c.bar().volume();
        if (!(average > 0) || volume < settings.spikeMultiple() * average) {
            return RuleVerdict.QUIET;
        }
        double ratio = volume / average;
        String message = String.format(Locale.ROOT, "%s volume spike at %s: %,.0f shares = %.1fx the %d-session average %,.0f (>= %.1fx)",
                c.ticker(), c.time(), volume, ratio, c.baseline().sessions(), average, settings.spikeMultiple());
        return RuleVerdict.fired(Alert.of(AlertKind.VOLUME_SPIKE, c.ticker(), c.after().session(),
                c.bar().windowStartNanos(),
                Map.of("volume", volume, "tod_average", average, "ratio", ratio,
                        "history_sessions", (double) c.baseline().sessions()),
                Map.of("spike_multiple", settings.spikeMultiple(), "spike_min_history", (double) settings.spikeMinHistory()),
                message));
    }
}
