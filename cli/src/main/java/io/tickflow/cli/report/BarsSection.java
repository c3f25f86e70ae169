package io.tickflow.cli.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Bars per session and ticks per bar. Plain EWMA imbalance bars collapse to 1–2 trades per bar on real tapes
 * (mlfinlab issues #98 and #29; DESIGN.md "Dollar-imbalance bars"): the median ticks per bar and the table of
 * collapsing ticker-sessions make that visible at a glance.
 */
final class BarsSection {
    /** A ticker-session whose median bar holds at most this many trades has collapsed. */
    static final int COLLAPSED_MEDIAN_TICKS = 2;

    private BarsSection() {
    }

    static void add(HtmlPage page, Connection db) throws SQLException, IOException {
        page.heading("Bars");
        Table perSession = Table.query(db, "SELECT CAST(session AS VARCHAR) AS session, count(*) AS bars,"
                + " count(DISTINCT ticker) AS tickers, count(*) / count(DISTINCT ticker) AS bars_per_ticker,"
                + " median(ticks) AS median_ticks, count(*) FILTER (WHERE ticks <= " + COLLAPSED_MEDIAN_TICKS
                + ") AS bars_of_1_2_ticks, count(*) FILTER (WHERE NOT complete) AS unfinished"
                + " FROM bars GROUP BY session ORDER BY session");
        page.chart("bars per ticker-session, by session",
                Charts.bars("Bars per ticker-session", "session", "bars per ticker", perSession.series(3)));
        page.chart("median ticks per bar, by session",
                Charts.bars("Median ticks per bar", "session", "ticks", perSession.series(4)));
        Table ticks = Table.query(db, "SELECT CASE WHEN ticks <= 2 THEN '1-2' WHEN ticks <= 5 THEN '3-5'"
                + " WHEN ticks <= 10 THEN '6-10' WHEN ticks <= 20 THEN '11-20' WHEN ticks <= 50 THEN '21-50'"
                + " WHEN ticks <= 100 THEN '51-100' WHEN ticks <= 500 THEN '101-500' ELSE '>500' END AS ticks_per_bar,"
                + " count(*) AS bars, min(ticks) AS from_ticks FROM bars GROUP BY 1 ORDER BY from_ticks");
        page.chart("bars by ticks per bar", Charts.bars("Ticks per bar", "ticks per bar", "bars", ticks.series(1)));
        page.table("Bars per session", perSession);
        page.table("Collapsing ticker-sessions (median ticks per bar <= " + COLLAPSED_MEDIAN_TICKS + ")",
                Table.query(db, "SELECT ticker, CAST(session AS VARCHAR) AS session, count(*) AS bars,"
                        + " median(ticks) AS median_ticks, sum(ticks) AS trades FROM bars GROUP BY ticker, session"
                        + " HAVING median(ticks) <= " + COLLAPSED_MEDIAN_TICKS + " ORDER BY bars DESC, ticker LIMIT 25"));
    }
}
