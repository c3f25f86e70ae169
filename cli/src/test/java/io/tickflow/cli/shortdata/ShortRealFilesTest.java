package io.tickflow.cli.shortdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.tickflow.cli.batch.ShortBatch;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.schemas.daily.DailyMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short features on the real FINRA, SEC and short-interest samples (shared/data/real, PROVENANCE.md), checked
 * against values recomputed by hand from the files' lines (quoted in each test). Every row is given ten prior
 * sessions of 1,000 shares, so tickflow's ADV is 1,000.
 */
class ShortRealFilesTest {
    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static ShortBatch.Loaded loaded;
    private static final List<Rejection> REJECTED = new ArrayList<>();

    @BeforeAll
    static void load() {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent: " + REAL.toAbsolutePath());
        DeadLetterSink rejects = new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                REJECTED.add(rejection);
            }

            @Override
            public void close() {
            }
        };
        loaded = new ShortBatch(ShortBatch.Lags.DEFAULTS).load(List.of(REAL.resolve("finra_regsho"),
                REAL.resolve("sec_ftd"), REAL.resolve("finra_short_interest")), rejects);
    }

    /** The features of {@code ticker}'s row of {@code session}, its time {@code hh:mm} New York. */
    private static Map<String, Double> featuresAt(String ticker, LocalDate session, int hour, int minute) {
        List<DailyMetrics> rows = new ArrayList<>();
        for (int i = 10; i >= 1; i--) {
            rows.add(row(ticker, session.minusDays(i), nanos(session.minusDays(i), 15, 59)));
        }
        rows.add(row(ticker, session, nanos(session, hour, minute)));
        List<DailyMetrics> joined = ShortBatch.join(rows, loaded.store());
        Map<String, Double> f = joined.get(joined.size() - 1).getShortFeatures();
        return f == null ? Map.of() : f;
    }

    private static DailyMetrics row(String ticker, LocalDate date, long updatedTs) {
        return DailyMetrics.newBuilder().setTicker(ticker).setDate(date).setCloseD(10).setVolD(1000)
                .setDollarVolD(10_000).setUpdatedTs(updatedTs).build();
    }

    private static long nanos(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), NEW_YORK).toEpochSecond() * 1_000_000_000L;
    }

    @Test
    void readsEveryRowOfTheSamplesAndRejectsOnlyTheNonDataFiles() {
        // CNMS 8172 + 8124 + 8075, FNSQ 7972, FNYX 7355, FNQC 2678, FORF 3149, FNRA 0, TestFinraReport 10 (a real
        // CNMS excerpt, named otherwise: rejected whole), the 404 HTML body: rejected
        assertThat(loaded.volumes()).hasSize(8172 + 8124 + 8075 + 7972 + 7355 + 2678 + 3149);
        assertThat(loaded.fails()).hasSize(43147 + 60413);
        assertThat(loaded.interest()).hasSize(144);
        assertThat(REJECTED).extracting(Rejection::source).allMatch(s -> s.contains("TestFinraReport")
                || s.contains("error_bodies") || s.endsWith("PROVENANCE.md"));
    }

    @Test
    void aaplOnJanThirdMorningSeesJanSecondFromEveryFacility() {
        // CNMSshvol20200102: AAPL|8849044|73057|15714446|B,Q,N; FNQC 51532/92254; FNSQ 4458298/8462987;
        // FNYX 4339214/7159205. Jan 3's file comes out at 18:00 Jan 3, after this 09:31 row.
        assertThat(featuresAt("AAPL", LocalDate.of(2020, 1, 3), 9, 31)).containsOnly(entry("adv", 1000.0),
                entry("short_volume_age_days", 1.0), entry("short_ratio", 8849044.0 / 15714446),
                entry("short_exempt_ratio", 73057.0 / 15714446), entry("short_ratio_fnqc", 51532.0 / 92254),
                entry("short_ratio_fnsq", 4458298.0 / 8462987), entry("short_ratio_fnyx", 4339214.0 / 7159205));
    }

    @Test
    void aaplSessionRowNeverSeesItsOwnDaysFile() {
        // CNMSshvol20200106 is out at 18:00 Jan 6; the Jan 6 row at 15:59 sees Jan 3's (3 days old)
        Map<String, Double> f = featuresAt("AAPL", LocalDate.of(2020, 1, 6), 15, 59);
        assertThat(f).containsEntry("short_volume_age_days", 3.0).doesNotContainKey("short_ratio_fnsq");
    }

    @Test
    void preferredAbrPraJoinsFinraAbrpAAndSecAbrpra() {
        // FINRA ABRpA: CNMS 20200102|ABRpA|58|0|58|Q → 58/58 = 1; FNSQ the same line → 1
        assertThat(featuresAt("ABR.PRA", LocalDate.of(2020, 1, 3), 9, 31)).contains(entry("short_ratio", 1.0),
                entry("short_exempt_ratio", 0.0), entry("short_ratio_fnsq", 1.0));
        // SEC ABRPRA, newest settlement of cnsfails202009a: 20200911|038923603|ABRPRA|201|…|25.18, released
        // 2020-09-30 18:00: value 201 × 25.18 = 5061.18; 201 / 1000 = 0.201; Oct 1 − Sep 11 = 20 days
        Map<String, Double> oct1 = featuresAt("ABR.PRA", LocalDate.of(2020, 10, 1), 10, 0);
        assertThat(oct1).contains(entry("ftd_quantity", 201.0), entry("ftd_value", 201 * 25.18),
                entry("ftd_to_adv", 0.201), entry("ftd_age_days", 20.0));
        // on Sep 30 at 10:00 the half-month file is not out yet
        assertThat(featuresAt("ABR.PRA", LocalDate.of(2020, 9, 30), 10, 0)).doesNotContainKey("ftd_quantity");
    }

    @Test
    void warrantAaqcWsJoinsSecAndShortInterestOnlyOncePublished() {
        // shrt20210715: AAQCWS|NYSE|7271|15870|…|-8599|2021-07-15, disseminated 7 weekdays later, 2021-07-26 18:00;
        // change 7271 − 15870 = −8599; days to cover 7271 / 1000 = 7.271 (FINRA's own, on its ADV 9405, is 1.00)
        Map<String, Double> jul27 = featuresAt("AAQC.WS", LocalDate.of(2021, 7, 27), 10, 0);
        assertThat(jul27).contains(entry("short_interest", 7271.0), entry("short_interest_change", -8599.0),
                entry("days_to_cover", 7.271), entry("short_interest_age_days", 12.0));
        // cnsfails202106a: 20210611|00439D110|AAQCWS|750|…|1.01 → 750 × 1.01; 2021-07-27 − 2021-06-11 = 46 days
        assertThat(jul27).contains(entry("ftd_quantity", 750.0), entry("ftd_value", 750 * 1.01),
                entry("ftd_age_days", 46.0));
        // a row between the settlement date and the dissemination does not see the report
        assertThat(featuresAt("AAQC.WS", LocalDate.of(2021, 7, 26), 10, 0)).doesNotContainKey("short_interest")
                .containsEntry("ftd_quantity", 750.0);
    }
}
