package io.tickflow.cli.web;

import io.tickflow.schemas.universe.InfoRichFlag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The current info-rich watchlist: the tickers whose latest flag for the latest session seen passes (DESIGN.md:
 * the watchlist of a date is every ticker-session that passes). A flag for a newer session starts a new list; a
 * later flag for the same ticker-session replaces the earlier one (daily rows are updated while the session runs),
 * so a ticker that stops passing leaves the list. Flags of older sessions change nothing. Thread safe.
 */
public final class Watchlist {
    private LocalDate session;
    private final Map<String, InfoRichFlag> passing = new TreeMap<>();

    /**
     * Applies one flag.
     *
     * @return true when the watchlist (its session or its rows) changed
     */
    public synchronized boolean apply(InfoRichFlag flag) {
        LocalDate date = flag.getDate();
        if (session != null && date.isBefore(session)) {
            return false;
        }
        if (session == null || date.isAfter(session)) {
            session = date;
            passing.clear();
            if (flag.getInfoRich()) {
                passing.put(flag.getTicker(), flag);
            }
            return true;
        }
        if (flag.getInfoRich()) {
            return !flag.equals(passing.put(flag.getTicker(), flag));
        }
        return passing.remove(flag.getTicker()) != null;
    }

    /** The session the list is for; null before the first flag. */
    public synchronized LocalDate session() {
        return session;
    }

    /** The passing flags of {@link #session()}, by ticker. */
    public synchronized List<InfoRichFlag> tickers() {
        return new ArrayList<>(passing.values());
    }
}
