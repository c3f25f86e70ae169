package io.tickflow.core.daily;

import static io.tickflow.core.daily.DailyFixtures.MONDAY;
import static io.tickflow.core.daily.DailyFixtures.minute;
import static io.tickflow.core.daily.DailyFixtures.repeat;
import static io.tickflow.core.daily.DailyFixtures.sessionsWithVolumes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyMetricsCalculatorTest {

    @Test
    void firstSessionHasNoChangeReturnOrRvol() {
        SessionTotals day = SessionTotals.of(MONDAY, List.of(
                minute(MONDAY, "09:30", 10.0, 100, 10.2),
                minute(MONDAY, "09:31", 11.0, 300, null)));
        DailyMetricsRow row = DailyMetricsCalculator.rowFor(day, List.of(), SplitHistory.NONE);
        // dollar volume: 10.2×100 (vwap) + 11.0×300 (close, no vwap) = 1020 + 3300 = 4320; vwap 4320/400 = 10.8
        assertThat(row.closeD()).isEqualTo(11.0);
        assertThat(row.volD()).isEqualTo(400.0);
        assertThat(row.dollarVolD()).isEqualTo(4320.0);
        assertThat(row.vwapD()).isEqualTo(10.8);
        assertThat(row.pctChgD()).isNull();
        assertThat(row.returnD()).isNull();
        assertThat(row.rvol30()).isNull();
        assertThat(row.priorSessions()).isZero();
        assertThat(row.minutes()).isEqualTo(2);
    }

    @Test
    void rvolIsNullWithNinePriorSessions() {
        List<SessionTotals> s = sessionsWithVolumes(MONDAY, append(repeat(100, 9), 300));
        DailyMetricsRow row = DailyMetricsCalculator.rowFor(s.get(9), s.subList(0, 9), SplitHistory.NONE);
        assertThat(row.rvol30()).isNull();
        assertThat(row.priorSessions()).isEqualTo(9);
    }

    @Test
    void rvolIsDefinedFromTenPriorSessions() {
        List<SessionTotals> s = sessionsWithVolumes(MONDAY, append(repeat(100, 10), 300));
        DailyMetricsRow row = DailyMetricsCalculator.rowFor(s.get(10), s.subList(0, 10), SplitHistory.NONE);
        // mean of ten 100s = 100; 300 / 100 = 3
        assertThat(row.rvol30()).isEqualTo(3.0);
        assertThat(row.priorSessions()).isEqualTo(10);
    }

    @Test
    void rvolWindowHoldsOnlyTheLastThirtySessions() {
        // 5 old sessions of 1,000,000 then 30 of 200: only the 30 count, mean 200; today 500 → 2.5
        List<SessionTotals> s = sessionsWithVolumes(MONDAY, append(append(repeat(1_000_000, 5), repeat(200, 30)), 500));
        DailyMetricsRow row = DailyMetricsCalculator.rowFor(s.get(35), s.subList(0, 35), SplitHistory.NONE);
        assertThat(row.rvol30()).isEqualTo(2.5);
        assertThat(row.priorSessions()).isEqualTo(30);
    }

    @Test
    void rvolIsNullWhenPriorVolumeIsZero() {
        List<SessionTotals> s = sessionsWithVolumes(MONDAY, append(repeat(0, 10), 50));
        assertThat(DailyMetricsCalculator.rowFor(s.get(10), s.subList(0, 10), SplitHistory.NONE).rvol30()).isNull();
    }

    @Test
    void pctChangeAndReturnUseThePreviousSession() {
        SessionTotals friday = SessionTotals.first(MONDAY.minusDays(3), minute(MONDAY.minusDays(3), "15:59", 8.0, 10, null));
        SessionTotals monday = SessionTotals.first(MONDAY, minute(MONDAY, "15:59", 10.0, 10, null));
        DailyMetricsRow row = DailyMetricsCalculator.rowFor(monday, List.of(friday), SplitHistory.NONE);
        // 10 / 8 − 1 = 0.25; ln(1.25) = 0.22314355131420976
        assertThat(row.pctChgD()).isEqualTo(0.25);
        assertThat(row.returnD()).isCloseTo(0.22314355131420976, within(1e-15));
    }

    @Test
    void previousCloseIsAdjustedForAReverseSplitExecutedToday() {
        SessionTotals friday = SessionTotals.first(MONDAY.minusDays(3), minute(MONDAY.minusDays(3), "15:59", 0.5, 10, null));
        SessionTotals monday = SessionTotals.first(MONDAY, minute(MONDAY, "15:59", 5.5, 10, null));
        SplitHistory oneForTen = new SplitHistory(List.of(new Split(MONDAY, 10, 1)));
        DailyMetricsRow row = DailyMetricsCalculator.rowFor(monday, List.of(friday), oneForTen);
        // adjusted previous close 0.5 × 10/1 = 5.0; 5.5 / 5.0 − 1 = 0.1 (unadjusted it would read +1000%)
        assertThat(row.pctChgD()).isCloseTo(0.1, within(1e-15));
        assertThat(row.returnD()).isCloseTo(Math.log(1.1), within(1e-15));
    }

    @Test
    void splitExecutedOnOrBeforeThePreviousSessionIsNotApplied() {
        SessionTotals friday = SessionTotals.first(MONDAY.minusDays(3), minute(MONDAY.minusDays(3), "15:59", 4.0, 10, null));
        SessionTotals monday = SessionTotals.first(MONDAY, minute(MONDAY, "15:59", 5.0, 10, null));
        SplitHistory old = new SplitHistory(List.of(new Split(MONDAY.minusDays(3), 1, 2)));
        // 5 / 4 − 1 = 0.25: the split already shaped Friday's close
        assertThat(DailyMetricsCalculator.rowFor(monday, List.of(friday), old).pctChgD()).isEqualTo(0.25);
    }

    @Test
    void splitOnANonSessionDayBetweenTwoSessionsIsApplied() {
        // 2-for-1 executed on Saturday: Friday's 20 becomes 10; Monday 11 → +10%
        SessionTotals friday = SessionTotals.first(MONDAY.minusDays(3), minute(MONDAY.minusDays(3), "15:59", 20.0, 10, null));
        SessionTotals monday = SessionTotals.first(MONDAY, minute(MONDAY, "15:59", 11.0, 10, null));
        SplitHistory forward = new SplitHistory(List.of(new Split(MONDAY.minusDays(2), 1, 2)));
        assertThat(DailyMetricsCalculator.rowFor(monday, List.of(friday), forward).pctChgD())
                .isCloseTo(0.1, within(1e-15));
    }

    @Test
    void rowsForGivesEachSessionItsOwnPriorWindow() {
        List<SessionTotals> s = sessionsWithVolumes(MONDAY, append(repeat(100, 10), 250));
        List<DailyMetricsRow> rows = DailyMetricsCalculator.rowsFor(s, SplitHistory.NONE);
        assertThat(rows).hasSize(11);
        assertThat(rows.get(9).rvol30()).isNull();
        assertThat(rows.get(10).rvol30()).isEqualTo(2.5);
        assertThat(rows.get(1).pctChgD()).isEqualTo(0.0);
    }

    private static double[] append(double[] a, double... b) {
        List<Double> all = new ArrayList<>();
        for (double d : a) {
            all.add(d);
        }
        for (double d : b) {
            all.add(d);
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
