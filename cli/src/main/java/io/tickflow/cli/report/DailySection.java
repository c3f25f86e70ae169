package io.tickflow.cli.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The seed's sanity checks over the daily cache: the pct_chg_d distribution (a spike beyond ±100% usually means a
 * split the previous close was not adjusted for), RVOL outliers, dollar volume by year, and counts of impossible
 * values.
 */
final class DailySection {
    private DailySection() {
    }

    static void add(HtmlPage page, Connection db) throws SQLException, IOException {
        page.heading("Daily cache: sanity checks");
        Table pct = Table.query(db, "SELECT greatest(-1, least(2, pct_chg_d)) FROM daily_cache"
                + " WHERE pct_chg_d IS NOT NULL" + LabelsSection.SAMPLE);
        page.chart("pct_chg_d distribution",
                Charts.histogram("pct_chg_d (clipped to [-1, 2])", "pct_chg_d", pct.doubles(0), 60));
        Table dollars = Table.query(db, "SELECT CAST(year(date) AS VARCHAR) AS year, sum(dollar_vol_d) / 1e6 AS"
                + " dollar_volume_musd, count(*) AS sessions, count(DISTINCT ticker) AS tickers FROM daily_cache"
                + " GROUP BY 1 ORDER BY 1");
        page.chart("dollar volume by year", Charts.bars("Dollar volume by year", "year", "USD millions",
                dollars.series(1)));
        page.table("Dollar volume by year", dollars);
        page.table("Sanity counts", Table.query(db, "SELECT count(*) AS rows, count(DISTINCT ticker) AS tickers,"
                + " count(DISTINCT date) AS dates, count(*) FILTER (WHERE pct_chg_d IS NULL) AS pct_chg_d_null,"
                + " count(*) FILTER (WHERE rvol30 IS NULL) AS rvol30_null,"
                + " count(*) FILTER (WHERE abs(pct_chg_d) > 1) AS abs_pct_chg_over_100pct,"
                + " count(*) FILTER (WHERE close_d <= 0 OR vol_d < 0 OR dollar_vol_d < 0) AS impossible_values"
                + " FROM daily_cache"));
        page.table("RVOL outliers (top 20 rvol30)", Table.query(db, "SELECT ticker, CAST(date AS VARCHAR) AS date,"
                + " rvol30, vol_d, pct_chg_d, close_d, dollar_vol_d FROM daily_cache WHERE rvol30 IS NOT NULL"
                + " ORDER BY rvol30 DESC, ticker LIMIT 20"));
    }
}
