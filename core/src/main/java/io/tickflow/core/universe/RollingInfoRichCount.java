package io.tickflow.core.universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The info-rich sessions of one ticker's trailing 252 sessions (about twelve months: the seed's
 * {@code topN_12m_rolling}). Sessions are the ticker's own, like the RVOL window.
 *
 * <p>Immutable: the topology stores it per ticker, the batch command folds a ticker's sessions through it.
 *
 * @param sessions the latest sessions, ascending by date, at most {@link #WINDOW} + {@link #SLACK}
 */
public record RollingInfoRichCount(List<SessionFlag> sessions) {
    /** Sessions in the window. */
    public static final int WINDOW = 252;
    /** Extra sessions kept so that a late correction a few sessions back still sees a full window. */
    public static final int SLACK = 8;
    public static final RollingInfoRichCount EMPTY = new RollingInfoRichCount(List.of());

    /** Whether one session was info-rich. */
    public record SessionFlag(LocalDate date, boolean infoRich) {
        public SessionFlag {
            Objects.requireNonNull(date, "date");
        }
    }

    public RollingInfoRichCount {
        sessions = List.copyOf(sessions);
    }

    /** This window with the flag of {@code date} set (a new session, or an update of a known one). */
    public RollingInfoRichCount with(LocalDate date, boolean infoRich) {
        List<SessionFlag> next = new ArrayList<>(sessions);
        int i = indexOf(date);
        if (i >= 0) {
            next.set(i, new SessionFlag(date, infoRich));
        } else {
            next.add(-i - 1, new SessionFlag(date, infoRich));
        }
        while (next.size() > WINDOW + SLACK) {
            next.remove(0);
        }
        return new RollingInfoRichCount(next);
    }

    /**
     * Info-rich sessions among the 252 sessions ending at {@code date} (inclusive).
     *
     * @throws IllegalArgumentException when {@code date} is not a known session
     */
    public int countAt(LocalDate date) {
        int i = indexOf(date);
        if (i < 0) {
            throw new IllegalArgumentException("no session " + date);
        }
        int count = 0;
        for (int k = Math.max(0, i - WINDOW + 1); k <= i; k++) {
            count += sessions.get(k).infoRich() ? 1 : 0;
        }
        return count;
    }

    private int indexOf(LocalDate date) {
        int lo = 0;
        int hi = sessions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = sessions.get(mid).date().compareTo(date);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -lo - 1;
    }
}
