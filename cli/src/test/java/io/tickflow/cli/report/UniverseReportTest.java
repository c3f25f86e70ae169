package io.tickflow.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.Tickflow;
import io.tickflow.cli.batch.DailyCacheOutput;
import io.tickflow.cli.batch.DailyCacheReader;
import io.tickflow.cli.batch.UniverseBatch;
import io.tickflow.cli.batch.UniverseOutputs;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.universe.InfoRichFlag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniverseReportTest {
    private static final String VERSION = "v_report";
    /** Cheap dollar-volume floor so the synthetic tape has info-rich days. */
    private static final InfoRichRules RULES = new InfoRichRules(2.0, 0.15, 1000, 0.5, 20, 2e9);

    @TempDir
    Path dir;

    @Test
    void countsPerYearAndTickersPerSessionEqualTheFlagsOfTheLayout() throws Exception {
        Path out = generatedLayout();
        List<DailyMetrics> rows = DailyCacheReader.read(out.resolve("processed/daily_cache/" + VERSION));
        List<InfoRichFlag> infoRich = UniverseBatch.flagsOf(rows, RULES).stream().filter(InfoRichFlag::getInfoRich)
                .toList();
        List<ReportTable> tables = UniverseReport.of(out, VERSION, UniverseReport.Settings.DEFAULTS);

        ReportTable years = tables.get(0);
        Map<String, Long> expected = new TreeMap<>(infoRich.stream().collect(
                Collectors.groupingBy(f -> String.valueOf(f.getDate().getYear()), Collectors.counting())));
        Map<String, Long> reported = new TreeMap<>();
        for (int i = 0; i < years.rows().size(); i++) {
            reported.put(years.cell(i, "year"), Long.parseLong(years.cell(i, "info_rich_days")));
        }
        expected.keySet().forEach(y -> assertThat(reported).containsEntry(y, expected.get(y)));
        assertThat(reported.keySet()).containsExactly("2023", "2024");
        assertThat(infoRich).isNotEmpty();

        ReportTable perSession = tables.get(2);
        int all = perSession.rows().size() - 1;
        long sessions = rows.stream().map(DailyMetrics::getDate).distinct().count();
        assertThat(perSession.cell(all, "year")).isEqualTo("all");
        assertThat(perSession.cell(all, "sessions")).isEqualTo(String.valueOf(sessions));
        assertThat(Double.parseDouble(perSession.cell(all, "mean")))
                .isCloseTo((double) infoRich.size() / sessions, org.assertj.core.data.Offset.offset(1e-4));

        ReportTable pct = tables.get(4);
        long withPct = rows.stream().filter(r -> r.getPctChgD() != null).count(); // all but each ticker's first row
        assertThat(pct.cell(0, "n")).isEqualTo(String.valueOf(withPct));
    }

    @Test
    void marksRvolOutliersNearGapsAndHaltLikeSessions() throws Exception {
        handBuiltLayout();

        List<ReportTable> tables = UniverseReport.of(dir, VERSION, UniverseReport.Settings.DEFAULTS);

        ReportTable summary = tables.get(6);
        assertThat(summary.rows()).containsExactly(List.of("3", "2", "1", "0", "0"));
        ReportTable largest = tables.get(7);
        assertThat(largest.rows()).extracting(r -> r.get(0) + " " + r.get(7) + " " + r.get(8))
                .containsExactly("BBB true false", "AAA false true", "CCC true false");
        assertThat(tables.get(0).rows()).singleElement().satisfies(r -> assertThat(r.get(3)).isEqualTo("0"));
    }

    @Test
    void symmetryCountsEachMoveOnceAndDollarVolumeSumsTheYear() throws Exception {
        handBuiltLayout();

        List<ReportTable> tables = UniverseReport.of(dir, VERSION, UniverseReport.Settings.DEFAULTS);

        // moves: AAA +0.01 +0.02 +0.05, BBB +0.01 +0.02 +0.40, CCC +0.01 −0.35 +0.05
        ReportTable symmetry = tables.get(5);
        assertThat(symmetry.rows().get(0)).containsExactly("0.00", "8", "1", "8.0000"); // 8 up, 1 down
        assertThat(symmetry.rows().get(1)).containsExactly("0.05", "3", "1", "3.0000"); // 0.05, 0.40, 0.05 vs −0.35
        assertThat(symmetry.rows().get(3)).containsExactly("0.30", "1", "1", "1.0000"); // the gap threshold
        // 12 rows × 5,000 USD = 60,000 USD in 2024
        assertThat(tables.get(8).rows()).containsExactly(List.of("2024", "12", "3", "60000", "5000", "5000", "5000"));
    }

    /** Three tickers, four sessions each; see the tests for what each holds. */
    private void handBuiltLayout() throws Exception {
        // AAA: 390, 390, 390, 120 minutes; the 120-minute session has rvol 12 and +5%: halt-like (120 < 0.5 × 390).
        // BBB: rvol 15 on a +40% gap with 390 minutes: near a gap only. CCC: rvol 11 the session after a −35% gap.
        List<DailyMetrics> rows = new ArrayList<>();
        LocalDate d0 = LocalDate.of(2024, 5, 6);
        for (String t : List.of("AAA", "BBB", "CCC")) {
            rows.add(row(t, d0, null, null, 390));
            rows.add(row(t, d0.plusDays(1), 0.01, 1.0, 390));
            rows.add(row(t, d0.plusDays(2), t.equals("CCC") ? -0.35 : 0.02, 1.1, 390));
            rows.add(row(t, d0.plusDays(3), t.equals("BBB") ? 0.40 : 0.05,
                    Map.of("AAA", 12.0, "BBB", 15.0, "CCC", 11.0).get(t), t.equals("AAA") ? 120 : 390));
        }
        DailyCacheOutput.write(dir, VERSION, rows);
    }

    @Test
    void refusesARootWithoutDailyCache() {
        assertThatThrownBy(() -> UniverseReport.of(dir, VERSION, UniverseReport.Settings.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no daily cache");
    }

    @Test
    void commandPrintsEveryTable() throws Exception {
        Path out = generatedLayout();
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = Tickflow.commandLine().execute("universe-report", "--root", out.toString(), "--version", VERSION);
        } finally {
            System.setOut(original);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text).contains("== Info-rich ticker-days per year", "== Info-rich ticker-days per month",
                "== Top 10 runners per year", "== pct_chg_d distribution", "== pct_chg_d symmetry",
                "== RVOL outliers", "== Dollar volume by year (USD)");
    }

    /** 3 tickers × 40 sessions from 2023-12-01 (into 2024), through batch daily and universe. */
    private Path generatedLayout() throws Exception {
        new SyntheticMarketGenerator(new GeneratorSettings(5, 3, 40, LocalDate.of(2023, 12, 1), 0.3))
                .writeTo(dir.resolve("in"));
        Path out = dir.resolve("out");
        assertThat(Tickflow.commandLine().execute("batch", "daily", "--input",
                dir.resolve("in/us_stocks_sip/minute_aggs_v1").toString(), "--out", out.toString(),
                "--version", VERSION)).isZero();
        List<DailyMetrics> rows = DailyCacheReader.read(out.resolve("processed/daily_cache/" + VERSION));
        UniverseOutputs.write(out, VERSION, UniverseBatch.flagsOf(rows, RULES));
        return out;
    }

    private static DailyMetrics row(String ticker, LocalDate date, Double pct, Double rvol, int minutes) {
        return DailyMetrics.newBuilder().setTicker(ticker).setDate(date).setCloseD(5.0).setVolD(1000.0)
                .setDollarVolD(5000.0).setVwapD(5.0).setPctChgD(pct).setReturnD(pct == null ? null : Math.log1p(pct))
                .setRvol30(rvol).setPriorSessions(0).setMinutes(minutes).setShortFeatures(null).setRegime(null)
                .setUpdatedTs(0L).build();
    }
}
