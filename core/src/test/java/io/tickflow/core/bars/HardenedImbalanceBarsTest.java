package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hardened mode's floor and cap on bar length, checked by hand, with the anchored threshold turned off (its
 * own rules: {@link HardenedThresholdTest}).
 */
class HardenedImbalanceBarsTest {
    /** No anchor, no random-walk floor, no κ controller: the min_ticks / max_ticks / et clamp rules alone. */
    private static final double UNANCHORED = 1e12;

    /** Volume, E0[T] = 1, W = 1: E[imb] = 0 after trade 1, so threshold 0 and any θ > 0 exceeds it. */
    private static ImbalanceBarSettings eagerSettings(ImbalanceBarMode mode) {
        return new ImbalanceBarSettings(mode, ImbalanceMetric.VOLUME, 1, 3, 1, 1, 100, false, 4, 6, 50)
                .withHardenedThreshold(UNANCHORED, 0, 0);
    }

    private static final List<BarTape.Trade> RISING = BarTape.of(10, 1, 11, 1, 12, 1, 13, 1, 14, 1);

    @Test
    void mlfinlabModeClosesAsSoonAsThetaExceedsAZeroThreshold() {
        // trade 2: θ = 1 > 0
        assertThat(BarTape.session(eagerSettings(ImbalanceBarMode.MLFINLAB), RISING).get(0).ticks()).isEqualTo(2);
    }

    @Test
    void hardenedModeNeverClosesBeforeMinTicks() {
        // θ = 1, 2, 3 > 0 from trade 2 on, but min_ticks = 4: the bar closes on trade 4
        List<ImbalanceBarRecord> bars = BarTape.session(eagerSettings(ImbalanceBarMode.HARDENED), RISING);

        assertThat(bars.get(0).ticks()).isEqualTo(4);
        assertThat(bars.get(0).complete()).isTrue();
        assertThat(bars.get(1).ticks()).isEqualTo(1); // trade 5, emitted at session end
        assertThat(bars.get(1).complete()).isFalse();
    }

    @Test
    void hardenedModeForcesACloseAtMaxTicksEvenDuringWarmUp() {
        // E0[T] = 100: warm-up never ends in 7 trades, threshold stays NaN; max_ticks = 3 closes 3 + 3
        ImbalanceBarSettings settings = new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.DOLLAR,
                100, 3, 10, 1, 100, false, 1, 3, 50).withHardenedThreshold(UNANCHORED, 0, 0);
        List<ImbalanceBarRecord> bars = BarTape.session(settings, BarTape.of(10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));

        assertThat(bars).extracting(ImbalanceBarRecord::ticks).containsExactly(3L, 3L, 1L);
        assertThat(bars.get(0).threshold()).isNaN();
        assertThat(bars.get(0).expImbalance()).isNaN();
        assertThat(bars.get(0).expTicks()).isEqualTo(100.0);
        // after the first forced close E[T] = EWMA of [3] = 3 <= n = 3: E[imb] becomes defined
        assertThat(bars.get(1).expTicks()).isEqualTo(3.0);
        assertThat(bars.get(1).expImbalance()).isZero(); // all b = 0 on a flat tape
    }

    @Test
    void hardenedModeClampsExpTicksIntoItsRange() {
        // bars of 4 trades, et range [5, 100]: E[T] = max(4, 5) = 5
        ImbalanceBarSettings settings = new ImbalanceBarSettings(ImbalanceBarMode.HARDENED, ImbalanceMetric.VOLUME,
                1, 3, 1, 5, 100, false, 4, 6, 50).withHardenedThreshold(UNANCHORED, 0, 0);
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, ImbalanceBarState.initial(settings, 1),
                new RingImbalanceHistory(1));
        for (BarTape.Trade trade : RISING.subList(0, 4)) {
            builder.onTrade(trade.tsNanos(), trade.price(), trade.size());
        }
        assertThat(builder.state().nextSeq()).isEqualTo(1);
        assertThat(builder.state().expTicks()).isEqualTo(5.0);
    }
}
