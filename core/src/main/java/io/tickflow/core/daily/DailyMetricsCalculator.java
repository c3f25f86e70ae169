package io.tickflow.core.daily;

import java.util.ArrayList;
import java.util.List;

/**
 * Daily metrics of a ticker-session from its totals and the ticker's previous sessions (DESIGN.md "Daily
 * metrics"). Sessions are the days the ticker traded: a holiday, a halted day or a day without trades is simply
 * absent from the list, so the RVOL window counts sessions, not calendar days.
 */
public final class DailyMetricsCalculator {
    /** Sessions in the RVOL window. */
    public static final int RVOL_WINDOW = 30;
    /** Fewer prior sessions than this give a null RVOL: a mean of 2 or 3 days is noise, not a baseline. */
    public static final int MIN_PRIOR_SESSIONS = 10;

    private DailyMetricsCalculator() {
    }

    /**
     * @param today  the session's totals
     * @param prior  the ticker's sessions before today, ascending by date (more than 30 allowed: only the last 30
     *               count; the last one gives the previous close)
     * @param splits the ticker's splits
     */
    public static DailyMetricsRow rowFor(SessionTotals today, List<SessionTotals> prior, SplitHistory splits) {
        Double pctChg = null;
        Double logReturn = null;
        if (!prior.isEmpty()) {
            SessionTotals previous = prior.get(prior.size() - 1);
            double adjustedPrevious = previous.close() * splits.factorBetween(previous.session(), today.session());
            pctChg = today.close() / adjustedPrevious - 1;
            logReturn = Math.log(today.close() / adjustedPrevious);
        }
        List<SessionTotals> window = prior.subList(Math.max(0, prior.size() - RVOL_WINDOW), prior.size());
        return new DailyMetricsRow(today.session(), today.close(), today.volume(), today.dollarVolume(),
                today.vwap(), pctChg, logReturn, rvol(today.volume(), window), window.size(), today.minutes(),
                today.lastMinuteNanos());
    }

    /**
     * Rows of every session of one ticker.
     *
     * @param sessions the ticker's sessions, ascending by date, one per date
     */
    public static List<DailyMetricsRow> rowsFor(List<SessionTotals> sessions, SplitHistory splits) {
        List<DailyMetricsRow> rows = new ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            rows.add(rowFor(sessions.get(i), sessions.subList(0, i), splits));
        }
        return rows;
    }

    /**
     * volume / mean(window volumes), summed oldest first; {@code null} with fewer than {@link #MIN_PRIOR_SESSIONS}
     * sessions or a mean of 0. Volumes are not split-adjusted: the seed's rvol30 is not, and a split inside the
     * window shifts RVOL by the split ratio until it leaves the window.
     */
    static Double rvol(double volume, List<SessionTotals> window) {
        if (window.size() < MIN_PRIOR_SESSIONS) {
            return null;
        }
        double sum = 0;
        for (SessionTotals s : window) {
            sum += s.volume();
        }
        double mean = sum / window.size();
        return mean > 0 ? volume / mean : null;
    }
}
