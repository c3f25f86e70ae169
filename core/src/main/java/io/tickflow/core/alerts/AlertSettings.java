package io.tickflow.core.alerts;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import java.util.Objects;

/**
 * Thresholds of the alert rules (YAML section {@code alerts:}).
 *
 * @param scope               which minutes make a session: regular [default] or extended; none is refused
 * @param infoRich            the info-rich thresholds (YAML {@code universe.thresholds}); intraday, {@code rvol} is
 *                            tested against the time-of-day RVOL and the cap rule is not applied (no cap intraday)
 * @param spikeMultiple       volume spike: minute volume ≥ this × the minute's time-of-day average [5]
 * @param spikeMinHistory     volume spike: prior sessions needed for an average, 1..30 [10]
 * @param gapUp               gap up: first open / previous close − 1 ≥ this, a fraction [0.10]
 * @param openingRangeMinutes breakout: minutes of the opening range, ≥ 1 [5]
 */
public record AlertSettings(SessionScope scope, InfoRichRules infoRich, double spikeMultiple, int spikeMinHistory,
                            double gapUp, int openingRangeMinutes) {
    /** Sessions of the time-of-day averages: the RVOL window of DESIGN.md. */
    public static final int HISTORY_WINDOW = io.tickflow.core.daily.DailyMetricsCalculator.RVOL_WINDOW;

    public AlertSettings {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(infoRich, "infoRich");
        if (!scope.cutsSessions()) {
            throw new IllegalArgumentException("alerts need sessions; scope none has none");
        }
        if (!(spikeMultiple > 0) || Double.isInfinite(spikeMultiple)) {
            throw new IllegalArgumentException("spike_multiple must be finite and > 0: " + spikeMultiple);
        }
        if (spikeMinHistory < 1 || spikeMinHistory > HISTORY_WINDOW) {
            throw new IllegalArgumentException("spike_min_history must be within [1, " + HISTORY_WINDOW + "]: "
                    + spikeMinHistory);
        }
        if (!(gapUp >= 0) || Double.isInfinite(gapUp)) {
            throw new IllegalArgumentException("gap_up must be finite and >= 0: " + gapUp);
        }
        if (openingRangeMinutes < 1) {
            throw new IllegalArgumentException("opening_range_minutes must be >= 1: " + openingRangeMinutes);
        }
    }

    /** The defaults written in config/tickflow.yaml. */
    public static AlertSettings defaults() {
        return new AlertSettings(SessionScope.REGULAR, InfoRichRules.defaults(), 5.0, 10, 0.10, 5);
    }
}
