package io.tickflow.cli.report;

import io.tickflow.sinks.partition.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The seed's validation after Opción A, over a daily cache and its info-rich universe as {@code batch daily|universe}
 * or {@code export --topic daily.metrics|universe.info-rich} wrote them: info-rich ticker-days per year and month,
 * info-rich tickers per session (mean, median, max: sessions with none count as 0), the top runners of each year,
 * and the sanity checks: the {@code pct_chg_d} distribution and its symmetry, RVOL outliers next to gaps and
 * halt-like short sessions, dollar volume by year.
 *
 * <p>A session is a date present in the daily cache. An RVOL outlier is a row with {@code rvol30 >= rvolOutlier};
 * it is "near a gap" when its own or its previous session's {@code |pct_chg_d| >= gap}, and "halt-like" when its
 * minutes are fewer than {@code haltFraction} × the ticker's median minutes per session: a halt or a late start
 * makes a short session, and a big volume on a few minutes is the RVOL spike worth a second look.
 */
public final class UniverseReport {
    /**
     * @param top          runners listed per year
     * @param rvolOutlier  rvol30 at or above which a row is an outlier
     * @param gap          |pct_chg_d| at or above which a session is a gap (a fraction)
     * @param haltFraction minutes below this share of the ticker's median minutes make a session halt-like
     */
    public record Settings(int top, double rvolOutlier, double gap, double haltFraction) {
        public static final Settings DEFAULTS = new Settings(10, 10.0, 0.3, 0.5);
    }

    private final Connection db;
    private final Settings settings;

    private UniverseReport(Connection db, Settings settings) {
        this.db = db;
        this.settings = settings;
    }

    /**
     * Every table of the report.
     *
     * @throws IllegalArgumentException when the root holds no daily cache for {@code version}
     */
    public static List<ReportTable> of(Path root, String version, Settings settings) throws SQLException, IOException {
        try (Connection db = DuckDb.open()) {
            createViews(db, root, version);
            UniverseReport r = new UniverseReport(db, settings);
            return List.of(r.byPeriod("year", "%Y"), r.byPeriod("month", "%Y-%m"), r.tickersPerSession(),
                    r.topRunners(), r.pctChgDistribution(), r.pctChgSymmetry(), r.rvolOutlierSummary(),
                    r.rvolOutliers(), r.dollarVolumeByYear());
        }
    }

    private static void createViews(Connection db, Path root, String version) throws SQLException, IOException {
        Path cache = root.resolve(DatasetLayout.DAILY_CACHE.folderFor(version));
        if (!hasFile(cache, "metrics.parquet")) {
            throw new IllegalArgumentException("no daily cache under " + cache);
        }
        Path watchlists = root.resolve(DatasetLayout.INFO_RICH_WATCHLIST.folderFor(version));
        try (Statement st = db.createStatement()) {
            st.execute("CREATE VIEW daily AS SELECT * FROM " + parquet(cache + "/**/metrics.parquet"));
            st.execute(hasFile(watchlists, "watchlist.parquet")
                    ? "CREATE VIEW watchlist AS SELECT * FROM " + parquet(watchlists + "/**/watchlist.parquet")
                    : "CREATE VIEW watchlist AS SELECT ticker, date FROM daily WHERE false");
        }
    }

    private static String parquet(String glob) {
        return "read_parquet(" + DuckDb.literal(glob) + ", hive_partitioning=false, union_by_name=true)";
    }

    private static boolean hasFile(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().equals(name));
        }
    }

    private ReportTable byPeriod(String period, String format) throws SQLException {
        String key = "strftime(date, '" + format + "')";
        return table("Info-rich ticker-days per " + period, """
                WITH s AS (SELECT %1$s AS %2$s, count(DISTINCT date) AS sessions, count(*) AS ticker_sessions
                           FROM daily GROUP BY 1),
                     w AS (SELECT %1$s AS %2$s, count(*) AS info_rich_days, count(DISTINCT ticker) AS tickers,
                                  count(DISTINCT date) AS sessions_with_any FROM watchlist GROUP BY 1)
                SELECT s.%2$s, s.sessions, s.ticker_sessions, coalesce(w.info_rich_days, 0) AS info_rich_days,
                       round(100.0 * coalesce(w.info_rich_days, 0) / s.ticker_sessions, 2) AS pct_of_ticker_sessions,
                       coalesce(w.tickers, 0) AS info_rich_tickers, coalesce(w.sessions_with_any, 0) AS sessions_with_any
                FROM s LEFT JOIN w USING (%2$s) ORDER BY 1""".formatted(key, period));
    }

    private ReportTable tickersPerSession() throws SQLException {
        return table("Info-rich tickers per session (sessions without any count as 0)", """
                WITH per AS (SELECT d.date, count(w.ticker) AS n
                             FROM (SELECT DISTINCT date FROM daily) d LEFT JOIN watchlist w USING (date) GROUP BY 1)
                SELECT coalesce(CAST(year(date) AS VARCHAR), 'all') AS year, count(*) AS sessions,
                       round(avg(n), 4) AS mean, median(n) AS median, max(n) AS max
                FROM per GROUP BY ROLLUP (year(date)) ORDER BY year(date) NULLS LAST""");
    }

    private ReportTable topRunners() throws SQLException {
        return table("Top " + settings.top() + " runners per year by info-rich days", """
                SELECT year(date) AS year, rank() OVER (PARTITION BY year(date) ORDER BY count(*) DESC) AS rank,
                       ticker, count(*) AS info_rich_days, min(date) AS first_date, max(date) AS last_date
                FROM watchlist GROUP BY year(date), ticker
                QUALIFY row_number() OVER (PARTITION BY year(date) ORDER BY count(*) DESC, ticker) <= %d
                ORDER BY year, info_rich_days DESC, ticker""".formatted(settings.top()));
    }

    private ReportTable pctChgDistribution() throws SQLException {
        return table("pct_chg_d distribution (fraction; first sessions have none)", """
                SELECT count(pct_chg_d) AS n, round(min(pct_chg_d), 4) AS min,
                       round(quantile_cont(pct_chg_d, 0.01), 4) AS p01, round(quantile_cont(pct_chg_d, 0.05), 4) AS p05,
                       round(quantile_cont(pct_chg_d, 0.25), 4) AS p25, round(quantile_cont(pct_chg_d, 0.5), 4) AS p50,
                       round(quantile_cont(pct_chg_d, 0.75), 4) AS p75, round(quantile_cont(pct_chg_d, 0.95), 4) AS p95,
                       round(quantile_cont(pct_chg_d, 0.99), 4) AS p99, round(max(pct_chg_d), 4) AS max,
                       round(avg(pct_chg_d), 4) AS mean, round(skewness(pct_chg_d), 4) AS skewness
                FROM daily""");
    }

    private ReportTable pctChgSymmetry() throws SQLException {
        return table("pct_chg_d symmetry: up vs down moves by size", """
                WITH m AS (SELECT t.threshold, pct_chg_d > 0 AND pct_chg_d >= t.threshold AS up,
                                  pct_chg_d < 0 AND pct_chg_d <= -t.threshold AS down
                           FROM daily, (VALUES (0.0), (0.05), (0.15), (%s), (0.5), (1.0)) t(threshold)
                           WHERE pct_chg_d IS NOT NULL)
                SELECT threshold, count(*) FILTER (WHERE up) AS up, count(*) FILTER (WHERE down) AS down,
                       round(count(*) FILTER (WHERE up) / greatest(count(*) FILTER (WHERE down), 1), 4) AS up_per_down
                FROM m GROUP BY threshold ORDER BY threshold"""
                .formatted(number(settings.gap())));
    }

    private ReportTable rvolOutlierSummary() throws SQLException {
        return table("RVOL outliers (rvol30 >= " + number(settings.rvolOutlier()) + ") near gaps and halts",
                outliers("""
                SELECT count(*) AS outliers, count(*) FILTER (WHERE near_gap) AS near_gap,
                       count(*) FILTER (WHERE halt_like) AS halt_like,
                       count(*) FILTER (WHERE near_gap AND halt_like) AS both,
                       count(*) FILTER (WHERE NOT near_gap AND NOT halt_like) AS neither FROM o"""));
    }

    private ReportTable rvolOutliers() throws SQLException {
        return table("Largest RVOL outliers", outliers("""
                SELECT ticker, date, round(rvol30, 2) AS rvol30, round(pct_chg_d, 4) AS pct_chg_d,
                       round(prev_pct_chg_d, 4) AS prev_pct_chg_d, minutes, ticker_median_minutes, near_gap, halt_like
                FROM o ORDER BY rvol30 DESC, ticker, date LIMIT %d""".formatted(settings.top())));
    }

    /** {@code select} over {@code o}: the outlier rows with their gap and halt-like marks. */
    private String outliers(String select) {
        return """
                WITH r AS (SELECT *, lag(pct_chg_d) OVER (PARTITION BY ticker ORDER BY date) AS prev_pct_chg_d,
                                  median(minutes) OVER (PARTITION BY ticker) AS ticker_median_minutes FROM daily),
                     o AS (SELECT *, coalesce(abs(pct_chg_d) >= %2$s, false)
                                     OR coalesce(abs(prev_pct_chg_d) >= %2$s, false) AS near_gap,
                                  minutes < %3$s * ticker_median_minutes AS halt_like
                           FROM r WHERE rvol30 >= %1$s)
                """.formatted(number(settings.rvolOutlier()), number(settings.gap()), number(settings.haltFraction()))
                + select;
    }

    private ReportTable dollarVolumeByYear() throws SQLException {
        return table("Dollar volume by year (USD)", """
                SELECT year(date) AS year, count(*) AS ticker_sessions, count(DISTINCT ticker) AS tickers,
                       CAST(round(sum(dollar_vol_d)) AS BIGINT) AS total,
                       CAST(round(median(dollar_vol_d)) AS BIGINT) AS median,
                       CAST(round(quantile_cont(dollar_vol_d, 0.9)) AS BIGINT) AS p90,
                       CAST(round(max(dollar_vol_d)) AS BIGINT) AS max
                FROM daily GROUP BY 1 ORDER BY 1""");
    }

    private ReportTable table(String title, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return ReportTable.of(title, rs);
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
