package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The anchored threshold of hardened mode ({@link HardenedThreshold}), checked by hand. */
class HardenedThresholdTest {

    /** Tick imbalance, E0[T] = 4, W = 4, E[T] ∈ [1, 100], min_ticks 1, k = 2, κ0 as given, γ = 0 (κ fixed). */
    private static ImbalanceBarSettings tickSettings(double kappa) {
        return new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.TICK, 4, 3, 4, 1, 100, false,
                1, 1000, 50).withHardenedThreshold(2, kappa, 0);
    }

    /** Signs 0, +1, −1, +1, +1, +1, +1: θ = 0, 1, 0, 1, 2, 3, 4. */
    private static final List<BarTape.Trade> SEESAW_THEN_RUN = BarTape.of(10, 1, 11, 1, 10, 1, 11, 1, 12, 1, 13, 1, 14, 1);

    private static HardenedThreshold anchoredAt(double e0) {
        return new HardenedThreshold(e0, 2, Double.NaN);
    }

    @Test
    void withoutTheFloorTheBarClosesWhereThetaCrossesTheAfmlThreshold() {
        // warm-up ends at n = 4: E[imb] over [0, 1, −1, 1], span 4, q = 0.6: numerator ((0·0.6 + 1)·0.6 − 1)·0.6 + 1
        // = 0.76, weights 1 + 0.6 + 0.36 + 0.216 = 2.176, E[imb] = 0.349265; threshold 4·0.349265 = 1.397059;
        // θ = 2 > 1.397 on trade 5
        ImbalanceBarRecord first = BarTape.session(tickSettings(0), SEESAW_THEN_RUN).get(0);

        assertThat(first.ticks()).isEqualTo(5);
        assertThat(first.threshold()).isCloseTo(4 * 0.76 / 2.176, within(1e-12));
    }

    @Test
    void randomWalkFloorKeepsABarOpenThatOnlyCrossedTheAfmlThreshold() {
        // E|imb| over [0, 1, 1, 1]: ((0·0.6 + 1)·0.6 + 1)·0.6 + 1 = 1.96, / 2.176 = 0.900735;
        // floor κ·E|imb|·√E[T] = 2·0.900735·2 = 3.602941 > 1.397: θ = 2, 3 stay below, θ = 4 on trade 7 closes
        ImbalanceBarRecord first = BarTape.session(tickSettings(2), SEESAW_THEN_RUN).get(0);

        assertThat(first.ticks()).isEqualTo(7);
        assertThat(first.theta()).isEqualTo(4);
        assertThat(first.threshold()).isCloseTo(2 * 1.96 / 2.176 * 2, within(1e-12));
    }

    @Test
    void barOnAFlatTapeIsForcedAtKSquaredTimesE0AndThenShrinksKappa() {
        // every b = 0, θ never leaves 0; cap = k²·E0 = 2²·4 = 16 trades. After it: E[T] = EWMA of [16] = 16,
        // within et [1, 100] but anchored to [4/2, 4·2] = [2, 8] -> 8; κ = 2·(4/16)^0.5 = 1
        ImbalanceBarSettings settings = tickSettings(2).withHardenedThreshold(2, 2, 0.5);
        ImbalanceBarBuilder builder = BarTape.newBuilder(settings);
        for (int i = 0; i < 16; i++) {
            builder.onTrade(i + 1, 10, 1);
        }

        assertThat(builder.state().nextSeq()).isEqualTo(1);
        assertThat(builder.state().expTicks()).isEqualTo(8.0);
        assertThat(builder.state().hardened().kappa()).isEqualTo(1.0);
    }

    @Test
    void kappaGrowsAfterAShortBarAndShrinksAfterALongOne() {
        ImbalanceBarSettings settings = ImbalanceBarSettings.defaults(); // κ0 = 2, γ = 0.25
        // 2·(1000/10)^0.25 = 2·3.1623 = 6.3246; 2·(1000/16000)^0.25 = 2·0.5 = 1
        assertThat(anchoredAt(1000).afterBar(10, 5, settings).kappa()).isCloseTo(2 * Math.sqrt(Math.sqrt(100)), within(1e-12));
        assertThat(anchoredAt(1000).afterBar(16_000, 5, settings).kappa()).isEqualTo(1.0);
        assertThat(anchoredAt(1000).afterBar(1000, 5, settings).kappa()).isEqualTo(2.0);
        assertThat(anchoredAt(1000).afterBar(10, 5, settings).expAbsImbalance()).isEqualTo(5.0);
    }

    @Test
    void kappaStaysWithinAFactorOf64OfKappa0() {
        ImbalanceBarSettings settings = ImbalanceBarSettings.defaults();
        // 100·(1000/10)^0.25 = 316 > 64·2 = 128; 0.05·(1000/16000)^0.25 = 0.025 < 2/64 = 0.03125
        assertThat(new HardenedThreshold(1000, 100, 1).afterBar(10, 1, settings).kappa()).isEqualTo(128.0);
        assertThat(new HardenedThreshold(1000, 0.05, 1).afterBar(16_000, 1, settings).kappa()).isEqualTo(0.03125);
    }

    @Test
    void expTicksIsAnchoredWithinAFactorKOfE0() {
        assertThat(anchoredAt(1000).anchorExpTicks(20, 2)).isEqualTo(500.0);
        assertThat(anchoredAt(1000).anchorExpTicks(5000, 2)).isEqualTo(2000.0);
        assertThat(anchoredAt(1000).anchorExpTicks(800, 2)).isEqualTo(800.0);
        assertThat(HardenedThreshold.NONE.anchorExpTicks(20, 2)).isEqualTo(20.0);
    }

    @Test
    void barLengthCapIsKSquaredTimesE0WithinMinAndMaxTicks() {
        ImbalanceBarSettings defaults = ImbalanceBarSettings.defaults(); // k 2, min 10, max 50,000
        assertThat(anchoredAt(1000).maxBarTicks(defaults)).isEqualTo(4000);
        assertThat(anchoredAt(1000.5).maxBarTicks(defaults)).isEqualTo(4002); // ⌈4002⌉
        assertThat(anchoredAt(1000).maxBarTicks(defaults.withTickLimits(10, 3000))).isEqualTo(3000);
        assertThat(anchoredAt(2).maxBarTicks(defaults)).isEqualTo(10); // 8 < min_ticks
        assertThat(HardenedThreshold.NONE.maxBarTicks(defaults)).isEqualTo(50_000);
    }

    @Test
    void floorIsKappaTimesExpAbsImbalanceTimesRootExpTicks() {
        // 2·3·√400 = 120; no floor when κ = 0
        assertThat(new HardenedThreshold(1000, 2, 3).floor(400)).isEqualTo(120.0);
        assertThat(new HardenedThreshold(1000, 0, 3).floor(400)).isZero();
    }

    @Test
    void hardenedSessionsStartAnchoredAtE0AndMlfinlabSessionsWithout() {
        HardenedThreshold hardened = ImbalanceBarState.initial(ImbalanceBarSettings.defaults(), 1234).hardened();
        assertThat(hardened).isEqualTo(new HardenedThreshold(1234, 2, Double.NaN));
        assertThat(ImbalanceBarState.initial(ImbalanceBarSettings.mlfinlab(ImbalanceMetric.DOLLAR)).hardened())
                .isEqualTo(HardenedThreshold.NONE);
    }
}
