package io.tickflow.core.alerts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ticker-session's intraday state for the alert rules, after the minutes fed so far (in time order).
 *
 * @param session          session date
 * @param previousClose    close of the ticker's previous session (its last minute in scope), USD; {@code null} on
 *                         the ticker's first session. Not split-adjusted (no splits feed the alerts stage)
 * @param volume           Σ volume so far, shares
 * @param dollarVolume     Σ vwap·volume so far (close·volume without vwap), USD
 * @param lastClose        close of the latest minute, USD; NaN before the first
 * @param lastMinuteNanos  start of the latest minute, ns; {@link Long#MIN_VALUE} before the first
 * @param openingRangeHigh highest high of the minutes inside the opening range, USD; NaN while none traded there
 * @param fired            bits of the {@link AlertKind}s already fired this session
 */
public record SessionAlertState(LocalDate session, Double previousClose, double volume, double dollarVolume,
                                double lastClose, long lastMinuteNanos, double openingRangeHigh, int fired) {
    public SessionAlertState {
        Objects.requireNonNull(session, "session");
    }

    /** A session before its first minute. */
    public static SessionAlertState open(LocalDate session, Double previousClose) {
        return new SessionAlertState(session, previousClose, 0, 0, Double.NaN, Long.MIN_VALUE, Double.NaN, 0);
    }

    /** Whether no minute has been fed yet. */
    public boolean beforeFirstMinute() {
        return lastMinuteNanos == Long.MIN_VALUE;
    }

    /** This state with one more minute, at minute index {@code minuteIndex} of the session. */
    public SessionAlertState plus(AlertMinute bar, int minuteIndex, int openingRangeMinutes) {
        double rangeHigh = openingRangeHigh;
        if (minuteIndex < openingRangeMinutes) {
            rangeHigh = Double.isNaN(rangeHigh) ? bar.high() : Math.max(rangeHigh, bar.high());
        }
        return new SessionAlertState(session, previousClose, volume + bar.volume(), dollarVolume + bar.dollarValue(),
                bar.close(), bar.windowStartNanos(), rangeHigh, fired);
    }

    public boolean hasFired(AlertKind kind) {
        return (fired & kind.bit()) != 0;
    }

    public SessionAlertState withFired(AlertKind kind) {
        return new SessionAlertState(session, previousClose, volume, dollarVolume, lastClose, lastMinuteNanos,
                openingRangeHigh, fired | kind.bit());
    }
}
