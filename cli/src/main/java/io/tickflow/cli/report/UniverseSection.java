package io.tickflow.cli.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The seed's validation of the info-rich universe over the daily watchlists: info-rich ticker-days per year and
 * month, info-rich tickers per day, and the top runners of each year.
 */
final class UniverseSection {
    private static final String PASSED = "(SELECT * FROM watchlist WHERE info_rich)";

    private UniverseSection() {
    }

    static void add(HtmlPage page, Connection db) throws SQLException, IOException {
        page.heading("Info-rich universe");
        Table perMonth = Table.query(db, "SELECT strftime(date, '%Y-%m') AS month, count(*) AS info_rich_days,"
                + " count(DISTINCT ticker) AS tickers FROM " + PASSED + " GROUP BY 1 ORDER BY 1");
        page.chart("info-rich days per month", Charts.bars("Info-rich ticker-days per month", "month", "ticker-days",
                perMonth.series(1)));
        Table perYear = Table.query(db, "SELECT CAST(year(date) AS VARCHAR) AS year, count(*) AS info_rich_days,"
                + " count(DISTINCT ticker) AS tickers, count(DISTINCT date) AS dates FROM " + PASSED
                + " GROUP BY 1 ORDER BY 1");
        page.table("Info-rich days per year", perYear);
        Table perDay = Table.query(db, "SELECT CAST(date AS VARCHAR) AS date, count(DISTINCT ticker) AS tickers FROM "
                + PASSED + " GROUP BY date ORDER BY date");
        page.chart("info-rich tickers per day", Charts.bars("Info-rich tickers per day", "date", "tickers",
                perDay.series(1)));
        page.table("Info-rich days per month", perMonth);
        page.table("Top runners per year (most info-rich days, then largest |pct_chg_d|)", Table.query(db,
                "SELECT year, ticker, info_rich_days, max_abs_pct_chg_d, max_rvol30 FROM (SELECT year(date) AS year,"
                + " ticker, count(*) AS info_rich_days, max(abs(pct_chg_d)) AS max_abs_pct_chg_d,"
                + " max(rvol30) AS max_rvol30, row_number() OVER (PARTITION BY year(date)"
                + " ORDER BY count(*) DESC, max(abs(pct_chg_d)) DESC, ticker) AS rank FROM " + PASSED
                + " GROUP BY year(date), ticker) WHERE rank <= 10 ORDER BY year, rank"));
    }
}
