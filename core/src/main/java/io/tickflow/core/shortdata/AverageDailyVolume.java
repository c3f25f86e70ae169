package io.tickflow.core.shortdata;

import io.tickflow.core.daily.DailyMetricsCalculator;
import io.tickflow.core.daily.TickerSessionHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * tickflow's own average daily volume of one ticker, from its daily cache rows: the mean {@code vol_d} of the 30
 * sessions before a date (that date excluded), the same window as {@code rvol30}'s denominator, so that days to
 * cover and FTD / ADV use volume tickflow measured rather than FINRA's figure. Sums run oldest first, so the
 * batch command and the topology get the same double.
 *
 * @param sessions (date, vol_d) ascending by date, one per date, at most {@link TickerSessionHistory#KEPT_SESSIONS}
 */
public record AverageDailyVolume(List<SessionVolume> sessions) {
    public static final AverageDailyVolume EMPTY = new AverageDailyVolume(List.of());

    /** @param volume the session's {@code vol_d}, shares */
    public record SessionVolume(LocalDate date, double volume) {
    }

    public AverageDailyVolume {
        sessions = List.copyOf(sessions);
    }

    /** This window with a session's volume added or replaced (a daily row updated minute by minute). */
    public AverageDailyVolume with(LocalDate date, double volume) {
        List<SessionVolume> next = new ArrayList<>(sessions);
        int i = 0;
        while (i < next.size() && next.get(i).date().isBefore(date)) {
            i++;
        }
        SessionVolume session = new SessionVolume(date, volume);
        if (i < next.size() && next.get(i).date().equals(date)) {
            next.set(i, session);
        } else {
            next.add(i, session);
        }
        while (next.size() > TickerSessionHistory.KEPT_SESSIONS) {
            next.remove(0);
        }
        return new AverageDailyVolume(next);
    }

    /**
     * Mean volume of the up to 30 sessions before {@code date}; {@code null} with fewer than
     * {@link DailyMetricsCalculator#MIN_PRIOR_SESSIONS} of them, as for rvol30.
     */
    public Double before(LocalDate date) {
        List<SessionVolume> prior = sessions.stream().filter(s -> s.date().isBefore(date)).toList();
        List<SessionVolume> window = prior.subList(Math.max(0, prior.size() - DailyMetricsCalculator.RVOL_WINDOW),
                prior.size());
        if (window.size() < DailyMetricsCalculator.MIN_PRIOR_SESSIONS) {
            return null;
        }
        double sum = 0;
        for (SessionVolume s : window) {
            sum += s.volume();
        }
        return sum / window.size();
    }
}
