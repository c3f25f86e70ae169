package io.tickflow.core.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.InfoRichVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Daily metrics on real minute bars: SRNE, 2021-04-01 … 2021-09-09, IEX-only volumes (see PROVENANCE.md,
 * {@code minute_bars/SRNE_1min.csv}: header {@code time,open,high,low,close,volume}, ISO time with offset).
 * Expected values were computed independently with awk over the regular-session rows (09:30 ≤ time &lt; 16:00).
 */
class SrneDailyMetricsTest {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    private static List<DailyMetricsRow> rows;
    private static Map<LocalDate, DailyMetricsRow> byDate;
    private static MinuteSessions sessions;

    @BeforeAll
    static void computeRows() throws IOException {
        Path dir = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"), "minute_bars");
        Path file = dir.resolve("SRNE_1min.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data absent: " + file.toAbsolutePath());
        sessions = new MinuteSessions(SessionScope.REGULAR);
        try (var lines = Files.lines(file)) {
            lines.skip(1).map(SrneDailyMetricsTest::parse).forEach(sessions::add);
        }
        rows = DailyMetricsCalculator.rowsFor(sessions.sessions(), SplitHistory.NONE);
        byDate = rows.stream().collect(Collectors.toMap(DailyMetricsRow::date, Function.identity()));
    }

    /** {@code time,open,high,low,close,volume}; the file has no vwap. */
    private static MinuteBar parse(String line) {
        String[] f = line.split(",");
        long nanos = OffsetDateTime.parse(f[0], TIME).toInstant().getEpochSecond() * 1_000_000_000L;
        return new MinuteBar(nanos, Double.parseDouble(f[4]), Double.parseDouble(f[5]), null);
    }

    @Test
    void holidayIsNoSessionAnd48OffHoursMinutesAreLeftOut() {
        // 112 trading days; Good Friday 2021-04-02 has no rows and is no session
        assertThat(rows).hasSize(112);
        assertThat(byDate).doesNotContainKey(LocalDate.of(2021, 4, 2));
        assertThat(sessions.outOfScope()).isEqualTo(48);
    }

    @Test
    void firstSessionTotals() {
        DailyMetricsRow first = byDate.get(LocalDate.of(2021, 4, 1));
        // 74 regular minutes from 14:02; last close 8.005; Σ volume 52,038; Σ close×volume 416,748.225
        assertThat(first.minutes()).isEqualTo(74);
        assertThat(first.closeD()).isEqualTo(8.005);
        assertThat(first.volD()).isEqualTo(52_038.0);
        assertThat(first.dollarVolD()).isCloseTo(416_748.225, within(1e-6));
        assertThat(first.vwapD()).isCloseTo(416_748.225 / 52_038, within(1e-12));
        assertThat(first.pctChgD()).isNull();
        assertThat(first.rvol30()).isNull();
    }

    @Test
    void sessionAfterTheHolidayComparesWithTheSessionBeforeIt() {
        DailyMetricsRow row = byDate.get(LocalDate.of(2021, 4, 5));
        // 8.28 / 8.005 − 1 = 0.034353529044347
        assertThat(row.pctChgD()).isCloseTo(0.034353529044347, within(1e-14));
        assertThat(row.returnD()).isCloseTo(Math.log(8.28 / 8.005), within(1e-15));
        assertThat(row.volD()).isEqualTo(205_984.0);
    }

    @Test
    void tenthSessionStillHasNoRvolAndEleventhIsTheFirstWithOne() {
        assertThat(byDate.get(LocalDate.of(2021, 4, 15)).rvol30()).isNull();
        DailyMetricsRow first = byDate.get(LocalDate.of(2021, 4, 16));
        // prior volumes 52038+205984+128558+91651+78907+156016+269039+198918+139272+140150 = 1,460,533;
        // mean 146,053.3; 147,487 / 146,053.3 = 1.009816279399
        assertThat(first.priorSessions()).isEqualTo(10);
        assertThat(first.rvol30()).isCloseTo(1.009816279399, within(1e-12));
    }

    @Test
    void fortyFirstSessionUsesOnlyTheThirtyBefore() {
        DailyMetricsRow row = byDate.get(LocalDate.of(2021, 5, 28));
        // sessions 11..40 sum to 3,013,925; mean 100,464.1667; 101,914 / that = 1.014431347827
        assertThat(row.priorSessions()).isEqualTo(30);
        assertThat(row.rvol30()).isCloseTo(1.014431347827, within(1e-12));
        // 7.52 / 7.745 − 1
        assertThat(row.pctChgD()).isCloseTo(7.52 / 7.745 - 1, within(1e-15));
    }

    @Test
    void highestRvolDayPassesRvolButNotChangeOrDollarVolume() {
        DailyMetricsRow row = byDate.get(LocalDate.of(2021, 7, 1));
        // rvol 4.087984263171; 10.97 / 9.68 − 1 = 0.1333 < 0.15; $4,830,442.50 < $5M (IEX-only volume)
        assertThat(row.rvol30()).isCloseTo(4.087984263171, within(1e-12));
        assertThat(row.dollarVolD()).isCloseTo(4_830_442.5, within(1e-6));
        InfoRichVerdict v = InfoRichRules.defaults().evaluate(row, null);
        assertThat(v).isEqualTo(new InfoRichVerdict(true, false, false, true, true, true));
    }
}
