package io.tickflow.core.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The latest sessions of one ticker, as the topology keeps them between minute bars: enough for the RVOL window
 * of the newest sessions, and for a late or corrected minute a few sessions back to be recomputed together with
 * every row after it.
 *
 * @param sessions session totals, ascending by date, one per date, at most {@link #KEPT_SESSIONS}
 */
public record TickerSessionHistory(List<SessionTotals> sessions) {
    /** Sessions a late minute may reach back over while its row still sees a full 30-session window. */
    public static final int CORRECTABLE_SESSIONS = 9;
    /** RVOL window + previous close + the correctable ones. */
    public static final int KEPT_SESSIONS = DailyMetricsCalculator.RVOL_WINDOW + 1 + CORRECTABLE_SESSIONS;
    public static final TickerSessionHistory EMPTY = new TickerSessionHistory(List.of());

    public TickerSessionHistory {
        sessions = List.copyOf(sessions);
    }

    /**
     * The session's new totals when {@code bar} extends it in time order: the first minute of a session after every
     * known one, or a minute after the newest session's latest minute. Empty otherwise (a late, corrected or
     * repeated minute), when the caller recomputes the session from all of its minutes.
     */
    public Optional<SessionTotals> extendInOrder(LocalDate session, MinuteBar bar) {
        if (sessions.isEmpty() || session.isAfter(newest().session())) {
            return Optional.of(SessionTotals.first(session, bar));
        }
        SessionTotals newest = newest();
        if (newest.session().equals(session) && bar.windowStartNanos() > newest.lastMinuteNanos()) {
            return Optional.of(newest.plus(bar));
        }
        return Optional.empty();
    }

    /** Whether a minute of {@code session} can still change rows with a full window behind them. */
    public boolean canUpdate(LocalDate session) {
        if (sessions.size() < KEPT_SESSIONS) {
            return true;
        }
        return !session.isBefore(sessions.get(sessions.size() - CORRECTABLE_SESSIONS).session());
    }

    /** This history with a session's totals added or replaced, trimmed to {@link #KEPT_SESSIONS}. */
    public TickerSessionHistory with(SessionTotals totals) {
        List<SessionTotals> next = new ArrayList<>(sessions);
        int i = 0;
        while (i < next.size() && next.get(i).session().isBefore(totals.session())) {
            i++;
        }
        if (i < next.size() && next.get(i).session().equals(totals.session())) {
            next.set(i, totals);
        } else {
            next.add(i, totals);
        }
        while (next.size() > KEPT_SESSIONS) {
            next.remove(0);
        }
        return new TickerSessionHistory(next);
    }

    /** Rows of {@code session} and every later session, in date order, each with the sessions before it. */
    public List<DailyMetricsRow> rowsFrom(LocalDate session, SplitHistory splits) {
        List<DailyMetricsRow> rows = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (!sessions.get(i).session().isBefore(session)) {
                rows.add(DailyMetricsCalculator.rowFor(sessions.get(i), sessions.subList(0, i), splits));
            }
        }
        return rows;
    }

    private SessionTotals newest() {
        return sessions.get(sessions.size() - 1);
    }
}
