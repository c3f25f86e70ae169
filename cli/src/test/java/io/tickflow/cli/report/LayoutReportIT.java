package io.tickflow.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.Tickflow;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a small layout with the batch commands (3 tickers × 12 sessions of generated data: bars, labels, weights,
 * daily cache, watchlists), writes the report and loads it in headless Chromium.
 */
class LayoutReportIT {
    /** Bars 3, labels 2, weights 2, daily cache 2, universe 2. */
    private static final int CHARTS = 11;

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void buildLayout() throws Exception {
        new SyntheticMarketGenerator(new GeneratorSettings(42, 3, 12, LocalDate.of(2024, 1, 2), 0.2))
                .writeTo(dir.resolve("in"));
        out = dir.resolve("out");
        String root = out.toString();
        run("batch", "bars", "--out", root, "--version", "v1", dir.resolve("in/us_stocks_sip/trades_v1").toString());
        run("batch", "labels", "--out", root, "--version", "v1");
        run("batch", "weights", "--out", root, "--version", "v1");
        run("batch", "daily", "--input", dir.resolve("in/us_stocks_sip/minute_aggs_v1").toString(), "--out", root,
                "--version", "v1");
        run("batch", "universe", "--out", root, "--version", "v1", "--dvol", "1000");
    }

    @Test
    void viewsCoverEveryDatasetTheBatchCommandsWrote() throws Exception {
        // counts the batch commands print for this data: 354 bars (hardened, anchored threshold; 436 before it),
        // 136 labels and weights, 36 daily rows, 3 info-rich ticker-sessions
        try (Connection db = LayoutViews.open(out)) {
            assertThat(LayoutViews.present(db))
                    .containsExactly("bars", "daily_cache", "labels", "watchlist", "weights");
            assertThat(count(db, "SELECT count(*) FROM bars")).isEqualTo(354);
            assertThat(count(db, "SELECT count(*) FROM labels")).isEqualTo(136);
            assertThat(count(db, "SELECT count(*) FROM weights")).isEqualTo(136);
            assertThat(count(db, "SELECT count(*) FROM daily_cache")).isEqualTo(36);
            assertThat(count(db, "SELECT count(*) FROM watchlist WHERE info_rich")).isEqualTo(3);
            assertThat(count(db, "SELECT count(DISTINCT version) FROM watchlist WHERE version = 'v1'")).isEqualTo(1);
        }
    }

    @Test
    void reportHasEverySectionAndEveryChartLoadsInChromium() throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(Tickflow.commandLine().execute("report", "--root", out.toString(), "--out", html.toString()))
                .isZero();
        String text = Files.readString(html);
        for (String expected : List.of("<h2>Bars</h2>", "<h2>Labels</h2>", "<h2>Sample weights</h2>",
                "<h2>Daily cache: sanity checks</h2>", "<h2>Info-rich universe</h2>",
                "<p>Collapsing ticker-sessions (median ticks per bar &lt;= 2): none.</p>", // hardened bars
                "<caption>Top runners per year", "<tr><td>2024</td><td>3</td>")) { // 3 info-rich days in 2024
            assertThat(text.contains(expected)).as("report contains %s", expected).isTrue();
        }
        assertThat(count(text, "<img class=\"chart\"")).isEqualTo(CHARTS);

        Assumptions.assumeTrue(Chromium.available(), "chromium absent and apt-get install -y chromium failed");
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, text.replace("</body>", "<script>window.addEventListener('load', () => {"
                + "const p = document.createElement('pre'); p.id = 'widths';"
                + "p.textContent = Array.from(document.images).map(i => i.naturalWidth).join(',');"
                + "document.body.appendChild(p); });</script></body>"));
        String dom = Chromium.dumpDom(probe, Files.createDirectories(dir.resolve("profile")));

        Matcher widths = Pattern.compile("<pre id=\"widths\">([0-9,]*)</pre>").matcher(dom);
        assertThat(widths.find()).as("probe ran; DOM was: %s", dom.length() > 500 ? dom.substring(0, 500) : dom)
                .isTrue();
        List<String> each = Arrays.asList(widths.group(1).split(","));
        assertThat(each).hasSize(CHARTS).containsOnly(Integer.toString(Charts.WIDTH));
    }

    private static void run(String... args) {
        assertThat(Tickflow.commandLine().execute(args)).as(String.join(" ", args)).isZero();
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
