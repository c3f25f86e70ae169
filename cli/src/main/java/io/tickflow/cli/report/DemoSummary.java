package io.tickflow.cli.report;

import io.tickflow.cli.batch.TradeCensus;
import io.tickflow.core.trades.BarEligibility;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's closing summary, computed by DuckDB over the Parquet the run wrote: per ticker-session the trades
 * landed, the trades eligible for bars, the trades inside bars and the bar count; whether every eligible trade is
 * in exactly one bar; and whether each dataset of the stream run (bars, labels, weights) equals the batch
 * commands' row for row.
 */
public final class DemoSummary {
    private static final int ROWS_SHOWN = 12;

    /** One ticker-session of the summary. */
    public record Row(String ticker, LocalDate session, long trades, long eligible, long inBars, long bars, long partial) {
    }

    /** A dataset written by both runs: where each run's Parquet files are. */
    public record Comparison(String dataset, String streamGlob, String batchGlob) {
    }

    /** How a dataset's rows differ between the runs (EXCEPT ALL both ways). */
    public record Difference(String dataset, long streamRows, long streamOnly, long batchOnly) {
        public boolean same() {
            return streamOnly == 0 && batchOnly == 0 && streamRows > 0;
        }
    }

    /** The summary: rows, and the checks. */
    public record Result(List<Row> rows, List<Difference> differences) {
        public boolean tradesAccountedFor() {
            return rows.stream().allMatch(r -> r.eligible() == r.inBars());
        }

        public boolean streamEqualsBatch() {
            return differences.stream().allMatch(Difference::same);
        }
    }

    private DemoSummary() {
    }

    /**
     * @param trades      glob of the trades landed from the {@code trades} topic
     * @param comparisons the datasets both runs wrote, bars first (the per-session table counts its rows)
     */
    public static Result compute(String trades, List<Comparison> comparisons, TradeCensus census) throws SQLException {
        try (Connection db = DuckDb.open(); Statement st = db.createStatement()) {
            st.execute("CREATE VIEW trades AS SELECT ticker, CAST(regexp_extract(filename, 'date=([0-9-]+)', 1) AS DATE)"
                    + " AS session FROM " + parquet(trades));
            List<Difference> differences = new ArrayList<>();
            for (Comparison c : comparisons) {
                differences.add(difference(st, c));
            }
            Map<String, long[]> landed = countsBy(st, "SELECT ticker, session, count(*), 0, 0 FROM trades GROUP BY 1, 2");
            Map<String, long[]> bars = countsBy(st, "SELECT ticker, session, sum(ticks), count(*),"
                    + " count(*) FILTER (WHERE NOT complete) FROM stream_" + comparisons.get(0).dataset() + " GROUP BY 1, 2");
            return new Result(rows(census, landed, bars), differences);
        }
    }

    private static Difference difference(Statement st, Comparison c) throws SQLException {
        String stream = "stream_" + c.dataset();
        String batch = "batch_" + c.dataset();
        st.execute("CREATE VIEW " + stream + " AS SELECT * EXCLUDE (filename) FROM " + parquet(c.streamGlob()));
        st.execute("CREATE VIEW " + batch + " AS SELECT * EXCLUDE (filename) FROM " + parquet(c.batchGlob()));
        return new Difference(c.dataset(), scalar(st, "SELECT count(*) FROM " + stream),
                scalar(st, "SELECT count(*) FROM (SELECT * FROM " + stream + " EXCEPT ALL SELECT * FROM " + batch + ")"),
                scalar(st, "SELECT count(*) FROM (SELECT * FROM " + batch + " EXCEPT ALL SELECT * FROM " + stream + ")"));
    }

    private static String parquet(String glob) {
        return "read_parquet(" + DuckDb.literal(glob) + ", filename=true, hive_partitioning=false)";
    }

    private static List<Row> rows(TradeCensus census, Map<String, long[]> landed, Map<String, long[]> bars) {
        List<Row> rows = new ArrayList<>();
        census.bySession().forEach((key, counts) -> {
            String k = key.ticker() + "|" + key.session();
            long[] t = landed.getOrDefault(k, new long[3]);
            long[] b = bars.getOrDefault(k, new long[3]);
            rows.add(new Row(key.ticker(), key.session(), t[0], counts.getOrDefault(BarEligibility.ELIGIBLE, 0L),
                    b[0], b[1], b[2]));
        });
        return rows;
    }

    private static Map<String, long[]> countsBy(Statement st, String sql) throws SQLException {
        Map<String, long[]> out = new HashMap<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1) + "|" + rs.getObject(2, LocalDate.class),
                        new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
            }
        }
        return out;
    }

    private static long scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Prints the first rows, totals and checks; writes every row to {@code csv}. */
    public static void print(Result result, PrintStream out, Path csv) {
        String format = "%-8s %-10s %9s %9s %9s %6s %8s%n";
        out.printf(format, "ticker", "session", "trades", "eligible", "in_bars", "bars", "partial");
        result.rows().stream().limit(ROWS_SHOWN).forEach(r -> out.printf(format, r.ticker(), r.session(),
                r.trades(), r.eligible(), r.inBars(), r.bars(), r.partial()));
        if (result.rows().size() > ROWS_SHOWN) {
            out.printf("... %d more ticker-sessions in %s%n", result.rows().size() - ROWS_SHOWN, csv);
        }
        out.printf(format, "total", result.rows().size() + " days", sum(result, Row::trades), sum(result, Row::eligible),
                sum(result, Row::inBars), sum(result, Row::bars), sum(result, Row::partial));
        out.printf("check: every eligible trade is in exactly one bar ........ %s%n", ok(result.tradesAccountedFor()));
        for (Difference d : result.differences()) {
            out.printf("check: stream %-7s == batch %-7s row for row ........ %s (%,d rows; stream-only %d, batch-only %d)%n",
                    d.dataset(), d.dataset(), ok(d.same()), d.streamRows(), d.streamOnly(), d.batchOnly());
        }
        writeCsv(result, csv);
    }

    private static long sum(Result result, java.util.function.ToLongFunction<Row> f) {
        return result.rows().stream().mapToLong(f).sum();
    }

    private static String ok(boolean ok) {
        return ok ? "OK" : "FAILED";
    }

    private static void writeCsv(Result result, Path csv) {
        List<String> lines = new ArrayList<>();
        lines.add("ticker,session,trades,eligible,in_bars,bars,partial");
        result.rows().forEach(r -> lines.add(String.join(",", r.ticker(), r.session().toString(),
                Long.toString(r.trades()), Long.toString(r.eligible()), Long.toString(r.inBars()),
                Long.toString(r.bars()), Long.toString(r.partial()))));
        try {
            Files.write(csv, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
