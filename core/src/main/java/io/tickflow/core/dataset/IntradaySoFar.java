package io.tickflow.core.dataset;

import io.tickflow.core.daily.DailyMetricsCalculator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event session's own activity up to t0 (DESIGN.md "Daily metrics": time-of-day RVOL), from its imbalance bars:
 * volume, dollar value and VWAP so far, minutes since the open, and the time-of-day relative volume: volume so far
 * over the mean volume by the same time of day in the previous sessions (the last 30, at least 10, as rvol30).
 * Only bars closed at or before t0 count, so nothing after t0 leaks in. Bar resolution: a prior session's bar
 * straddling the time of day counts only once closed, which can understate the prior curve by at most one bar.
 */
public final class IntradaySoFar {
    private IntradaySoFar() {
    }

    /**
     * @param t0      the event time, ns
     * @param today   the event session's curve
     * @param prior   the ticker's previous sessions' curves, ascending by date
     * @return feature name → value (null where undefined), in a stable order
     */
    public static Map<String, Double> at(long t0, SessionVolumeCurve today, List<SessionVolumeCurve> prior) {
        double volume = today.volumeBy(t0);
        double dollars = today.dollarsBy(t0);
        long offset = t0 - today.sessionOpenNanos();
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("intraday_volume_to_t0", volume);
        f.put("intraday_dollar_vol_to_t0", dollars);
        f.put("intraday_vwap_to_t0", volume > 0 ? dollars / volume : null);
        f.put("minutes_since_open", offset / 60e9);
        f.put("intraday_rvol_tod", timeOfDayRvol(volume, offset, prior));
        return f;
    }

    private static Double timeOfDayRvol(double volume, long offset, List<SessionVolumeCurve> prior) {
        List<SessionVolumeCurve> window = prior.subList(
                Math.max(0, prior.size() - DailyMetricsCalculator.RVOL_WINDOW), prior.size());
        if (window.size() < DailyMetricsCalculator.MIN_PRIOR_SESSIONS) {
            return null;
        }
        double sum = 0;
        for (SessionVolumeCurve curve : window) {
            sum += curve.volumeAtOffset(offset);
        }
        double mean = sum / window.size();
        return mean > 0 ? volume / mean : null;
    }
}
