package io.tickflow.core.daily;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Cuts one ticker's minute bars into sessions: keeps the minutes inside the scope, orders them by time, keeps one
 * bar per minute (the last one given wins, so a corrected bar replaces the original), and totals each date.
 * The batch command uses this directly; the topology reaches the same totals minute by minute.
 */
public final class MinuteSessions {
    private final SessionScope scope;
    private final Map<Long, MinuteBar> minutes = new TreeMap<>();
    private long outOfScope;
    private long replaced;

    /** @param scope regular or extended; {@link SessionScope#NONE} has no sessions and is refused */
    public MinuteSessions(SessionScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
        if (!scope.cutsSessions()) {
            throw new IllegalArgumentException("daily metrics need sessions; scope none has none");
        }
    }

    /** Adds a minute; a minute outside the scope is counted and not used. */
    public void add(MinuteBar bar) {
        if (!scope.contains(bar.windowStartNanos())) {
            outOfScope++;
            return;
        }
        if (minutes.put(bar.windowStartNanos(), bar) != null) {
            replaced++;
        }
    }

    /** Session totals, ascending by date; a date with no minute in scope is no session. */
    public List<SessionTotals> sessions() {
        List<SessionTotals> out = new ArrayList<>();
        SessionTotals current = null;
        for (MinuteBar bar : minutes.values()) {
            LocalDate date = SessionClock.sessionDate(bar.windowStartNanos());
            if (current != null && current.session().equals(date)) {
                current = current.plus(bar);
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = SessionTotals.first(date, bar);
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** Minutes outside the scope (pre-market, after-hours under the regular scope). */
    public long outOfScope() {
        return outOfScope;
    }

    /** Minutes given twice, the later one kept. */
    public long replaced() {
        return replaced;
    }
}
