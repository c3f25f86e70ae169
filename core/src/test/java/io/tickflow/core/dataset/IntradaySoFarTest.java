package io.tickflow.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntradaySoFarTest {
    private static final long MINUTE = 60_000_000_000L;
    private static final long DAY = 24 * 60 * MINUTE;
    private static final long OPEN = 1_000 * DAY;

    @Test
    void countsOnlyBarsClosedByT0() {
        // bars closing at +1, +5 and +9 minutes; t0 = +5: the first two, 100 + 300 shares, $1000 + $3300
        SessionVolumeCurve today = curve(OPEN, bar(OPEN + MINUTE, 100, 1000), bar(OPEN + 5 * MINUTE, 300, 3300),
                bar(OPEN + 9 * MINUTE, 1_000, 20_000));
        Map<String, Double> f = IntradaySoFar.at(OPEN + 5 * MINUTE, today, List.of());
        assertThat(f).containsEntry("intraday_volume_to_t0", 400.0).containsEntry("intraday_dollar_vol_to_t0", 4300.0)
                .containsEntry("intraday_vwap_to_t0", 10.75).containsEntry("minutes_since_open", 5.0)
                .containsEntry("intraday_rvol_tod", null);
    }

    @Test
    void timeOfDayRvolComparesWithTheSameOffsetInThePriorSessions() {
        List<SessionVolumeCurve> prior = new ArrayList<>();
        for (int d = 10; d >= 1; d--) {
            long open = OPEN - d * DAY;
            // each prior session: 50 shares by +2 min, 150 more by +4 min
            prior.add(curve(open, bar(open + 2 * MINUTE, 50, 500), bar(open + 4 * MINUTE, 150, 1500)));
        }
        SessionVolumeCurve today = curve(OPEN, bar(OPEN + MINUTE, 150, 1500), bar(OPEN + 3 * MINUTE, 450, 4500));
        // t0 = +3 min: today 150 + 450 = 600; prior mean by +3 min = 50; 600 / 50 = 12
        assertThat(IntradaySoFar.at(OPEN + 3 * MINUTE, today, prior)).containsEntry("intraday_rvol_tod", 12.0);
        // nine prior sessions are too few (rvol30's minimum of 10)
        assertThat(IntradaySoFar.at(OPEN + 3 * MINUTE, today, prior.subList(1, 10)))
                .containsEntry("intraday_rvol_tod", null);
    }

    @Test
    void onlyTheLastThirtyPriorSessionsCount() {
        List<SessionVolumeCurve> prior = new ArrayList<>();
        for (int d = 40; d >= 1; d--) {
            long open = OPEN - d * DAY;
            double shares = d > 30 ? 1_000_000 : 10; // the ten oldest would dominate any longer mean
            prior.add(curve(open, bar(open + MINUTE, shares, shares)));
        }
        SessionVolumeCurve today = curve(OPEN, bar(OPEN + MINUTE, 20, 20));
        assertThat(IntradaySoFar.at(OPEN + MINUTE, today, prior)).containsEntry("intraday_rvol_tod", 2.0);
    }

    @Test
    void barsClosingOnTheSameNanosecondAllCount() {
        SessionVolumeCurve today = curve(OPEN, bar(OPEN + MINUTE, 1, 1), bar(OPEN + MINUTE, 2, 2),
                bar(OPEN + MINUTE, 4, 4));
        assertThat(today.volumeBy(OPEN + MINUTE)).isEqualTo(7.0);
        assertThat(today.volumeBy(OPEN + MINUTE - 1)).isZero();
    }

    @Test
    void noVolumeYetHasNoVwap() {
        SessionVolumeCurve today = curve(OPEN, bar(OPEN + MINUTE, 100, 1000));
        assertThat(IntradaySoFar.at(OPEN, today, List.of())).containsEntry("intraday_vwap_to_t0", null)
                .containsEntry("intraday_volume_to_t0", 0.0);
    }

    @Test
    void barsOutOfCloseTimeOrderAreRefused() {
        assertThatThrownBy(() -> curve(OPEN, bar(OPEN + 2 * MINUTE, 1, 1), bar(OPEN + MINUTE, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close-time order");
    }

    private static SessionVolumeCurve curve(long open, BarSnapshot... bars) {
        return new SessionVolumeCurve(open, List.of(bars));
    }

    private static BarSnapshot bar(long close, double volume, double dollars) {
        return new BarSnapshot(close - 1, close, 10, 10, 10, 10, volume, 0, 1, dollars, 0, Double.NaN);
    }
}
