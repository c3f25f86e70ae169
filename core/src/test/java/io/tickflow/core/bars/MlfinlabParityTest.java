package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures asserted by mlfinlab's own tests (commit c9a17f2e, mlfinlab/tests/test_imbalance_data_structures.py)
 * on its sample tape with E0[T] = 1000, num_prev_bars = 3, W = 10000, one continuous stream.
 */
class MlfinlabParityTest {

    private static ImbalanceBarSettings mlfinlab(ImbalanceMetric metric) {
        return ImbalanceBarSettings.mlfinlab(metric).withExpNumTicksInit(1000);
    }

    private static List<ImbalanceBarRecord> bars(ImbalanceBarSettings settings) {
        return MlfinlabSampleData.bars(MlfinlabSampleData.trades(), settings);
    }

    @Test
    void emaDollarImbalanceGives4770BarsWithMlfinlabFirstAndBar1387Ohlc() {
        List<ImbalanceBarRecord> bars = bars(mlfinlab(ImbalanceMetric.DOLLAR));

        assertThat(bars).hasSize(4770);
        assertOhlc(bars.get(0), 1306.0, 1306.0, 1304.25, 1304.5);
        assertOhlc(bars.get(1387), 1303.5, 1303.5, 1303.5, 1303.5);
    }

    @Test
    void emaDollarImbalanceWithExpTicksIn100To1000Gives1396Bars() {
        List<ImbalanceBarRecord> bars = bars(mlfinlab(ImbalanceMetric.DOLLAR).withExpTicksRange(100, 1000));

        assertThat(bars).hasSize(1396);
        assertOhlc(bars.get(0), 1306.0, 1306.0, 1304.25, 1304.5);
        assertOhlc(bars.get(1387), 1303.25, 1303.25, 1303.25, 1303.25);
    }

    @Test
    void constDollarImbalanceGives204Bars() {
        List<ImbalanceBarRecord> bars = bars(mlfinlab(ImbalanceMetric.DOLLAR).withConstExpTicks(true));

        assertThat(bars).hasSize(204);
        assertOhlc(bars.get(0), 1306.0, 1306.0, 1304.25, 1304.5);
        assertOhlc(bars.get(200), 1304.25, 1304.25, 1303.5, 1303.5);
    }

    @Test
    void emaVolumeImbalanceGives4770Bars() {
        List<ImbalanceBarRecord> bars = bars(mlfinlab(ImbalanceMetric.VOLUME));

        assertThat(bars).hasSize(4770);
        assertOhlc(bars.get(0), 1306.0, 1306.0, 1304.25, 1304.5);
        assertOhlc(bars.get(1387), 1303.5, 1303.5, 1303.5, 1303.5);
    }

    @Test
    void constVolumeImbalanceGives215Bars() {
        assertThat(bars(mlfinlab(ImbalanceMetric.VOLUME).withConstExpTicks(true))).hasSize(215);
    }

    @Test
    void emaTickImbalanceGives7704Bars() {
        List<ImbalanceBarRecord> bars = bars(mlfinlab(ImbalanceMetric.TICK));

        assertThat(bars).hasSize(7704);
        assertOhlc(bars.get(0), 1306.0, 1306.0, 1304.25, 1304.25);
        assertOhlc(bars.get(1387), 1308.0, 1308.0, 1308.0, 1308.0);
    }

    @Test
    void constTickImbalanceGives78Bars() {
        assertThat(bars(mlfinlab(ImbalanceMetric.TICK).withConstExpTicks(true))).hasSize(78);
    }

    @Test
    void everyMlfinlabBarHasBuyVolumeWithinVolumeAndHighAboveLow() {
        for (ImbalanceBarRecord bar : bars(mlfinlab(ImbalanceMetric.DOLLAR))) {
            assertThat(bar.high()).isGreaterThanOrEqualTo(bar.low());
            assertThat(bar.buyVolume()).isLessThanOrEqualTo(bar.volume());
        }
    }

    private static void assertOhlc(ImbalanceBarRecord bar, double open, double high, double low, double close) {
        assertThat(new double[] {bar.open(), bar.high(), bar.low(), bar.close()})
                .containsExactly(open, high, low, close);
    }
}
