package io.tickflow.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {
    // open 2.00, high 2.20, low 1.90, close 2.10; 1,000 shares of which 600 on upticks; 12 trades over 90 s
    private static final BarSnapshot BAR = new BarSnapshot(0, 90_000_000_000L, 2.00, 2.20, 1.90, 2.10, 1_000, 600,
            12, 2_050, 300, 200);

    @Test
    void computesBarFeaturesByHand() {
        Map<String, Double> f = EventFeatures.of(BAR, null);
        assertThat(f.get("bar_log_ret")).isCloseTo(Math.log(2.10 / 2.00), within(1e-15)); // ln 1.05 = 0.04879
        assertThat(f.get("bar_range")).isCloseTo(2.20 / 1.90 - 1, within(1e-15));          // 0.157894...
        assertThat(f.get("bar_buy_ratio")).isEqualTo(0.6);                                  // 600 / 1,000
        assertThat(f.get("bar_duration_s")).isEqualTo(90.0);
        assertThat(f.get("bar_imbalance_ratio")).isEqualTo(1.5);                            // 300 / 200
    }

    @Test
    void leavesPriorSessionFeaturesNullWithoutAPriorSession() {
        Map<String, Double> f = EventFeatures.of(BAR, null);
        assertThat(f).containsEntry("prev_close_d", null).containsEntry("prev_rvol30", null)
                .containsEntry("close_vs_prev_close", null);
    }

    @Test
    void comparesTheEventCloseWithThePreviousSessionsClose() {
        Map<String, Double> f = EventFeatures.of(BAR, new PriorSession(1.75, 3e6, 0.25, null));
        assertThat(f.get("close_vs_prev_close")).isCloseTo(0.2, within(1e-12)); // 2.10 / 1.75 − 1
        assertThat(f.get("prev_pct_chg_d")).isEqualTo(0.25);
        assertThat(f).containsEntry("prev_rvol30", null);
    }

    @Test
    void anUndefinedThresholdGivesANullImbalanceRatio() {
        BarSnapshot warmUp = new BarSnapshot(0, 1, 1, 1, 1, 1, 10, 0, 1, 10, 5, Double.NaN);
        assertThat(EventFeatures.of(warmUp, null)).containsEntry("bar_imbalance_ratio", null);
    }

    @Test
    void aRegimeLastsUntilTheNextOneStarts() {
        RegimeTable regimes = new RegimeTable(Map.of(LocalDate.of(2008, 9, 1), "crisis_2008",
                LocalDate.of(2010, 1, 1), "qe_era"));
        assertThat(regimes.regimeOf(LocalDate.of(2008, 8, 29))).isNull();
        assertThat(regimes.regimeOf(LocalDate.of(2008, 9, 1))).isEqualTo("crisis_2008");
        assertThat(regimes.regimeOf(LocalDate.of(2009, 12, 31))).isEqualTo("crisis_2008");
        assertThat(regimes.regimeOf(LocalDate.of(2021, 1, 27))).isEqualTo("qe_era");
    }
}
