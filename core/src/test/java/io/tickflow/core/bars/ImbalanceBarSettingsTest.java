package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImbalanceBarSettingsTest {

    @Test
    void defaultsAreHardenedDollarBarsWithDocumentedLimits() {
        ImbalanceBarSettings defaults = ImbalanceBarSettings.defaults();

        assertThat(defaults).isEqualTo(new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.DOLLAR,
                1000, 3, 10_000, 20, 10_000, false, 10, 50_000, 50));
    }

    @Test
    void hardenedInitialExpTicksComesFromTrailingTradesPerSessionOverTarget() {
        // 100,000 trades per session / 50 bars = 2,000 trades per bar
        assertThat(ImbalanceBarSettings.defaults().initialExpTicksFor(100_000)).isEqualTo(2000.0);
        // 600 / 50 = 12, clamped up to et_min 20; 10,000,000 / 50 = 200,000, clamped down to et_max 10,000
        assertThat(ImbalanceBarSettings.defaults().initialExpTicksFor(600)).isEqualTo(20.0);
        assertThat(ImbalanceBarSettings.defaults().initialExpTicksFor(10_000_000)).isEqualTo(10_000.0);
    }

    @Test
    void withoutTrailingHistoryInitialExpTicksFallsBackToTheSetting() {
        assertThat(ImbalanceBarSettings.defaults().initialExpTicksFor(0)).isEqualTo(1000.0);
        assertThat(ImbalanceBarSettings.defaults().initialExpTicksFor(Double.NaN)).isEqualTo(1000.0);
    }

    @Test
    void hardenedClampsE0ButMlfinlabDoesNot() {
        assertThat(ImbalanceBarSettings.defaults().withExpNumTicksInit(50_000).initialExpTicks()).isEqualTo(10_000.0);
        assertThat(ImbalanceBarSettings.mlfinlab(ImbalanceMetric.DOLLAR).withExpTicksRange(100, 1000)
                .initialExpTicks()).isEqualTo(20_000.0);
    }

    @Test
    void invalidSettingsAreRejectedWithTheirYamlName() {
        ImbalanceBarSettings d = ImbalanceBarSettings.defaults();
        assertThatThrownBy(() -> d.withExpNumTicksInit(0)).hasMessageContaining("exp_num_ticks_init");
        assertThatThrownBy(() -> d.withExpTicksRange(100, 10)).hasMessageContaining("et_max");
        assertThatThrownBy(() -> d.withExpTicksRange(Double.NaN, 10)).hasMessageContaining("et_min");
        assertThatThrownBy(() -> d.withTickLimits(0, 10)).hasMessageContaining("min_ticks");
        assertThatThrownBy(() -> d.withTickLimits(10, 9)).hasMessageContaining("max_ticks");
        assertThatThrownBy(() -> new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.TICK,
                1, 0, 1, 0, 1, false, 1, 1, 1)).hasMessageContaining("num_prev_bars");
        assertThatThrownBy(() -> new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.TICK,
                1, 1, 0, 0, 1, false, 1, 1, 1)).hasMessageContaining("imbalance_window");
        assertThatThrownBy(() -> new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.TICK,
                1, 1, 1, 0, 1, false, 1, 1, 0)).hasMessageContaining("target_bars_per_session");
    }
}
