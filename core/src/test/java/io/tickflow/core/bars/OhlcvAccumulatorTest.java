package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OhlcvAccumulatorTest {

    @Test
    void accumulatesOhlcVolumeAndDollarValue() {
        OhlcvAccumulator bar = OhlcvAccumulator.empty()
                .add(100, 10.00, 2, 0)
                .add(200, 10.50, 3, 1)
                .add(300, 9.75, 4, -1)
                .add(400, 10.25, 1, 1);

        assertThat(bar).isEqualTo(new OhlcvAccumulator(100, 400, 10.00, 10.50, 9.75, 10.25,
                10, 4, 4, 2 * 10.00 + 3 * 10.50 + 4 * 9.75 + 1 * 10.25)); // 20 + 31.5 + 39 + 10.25 = 100.75
    }

    @Test
    void buyVolumeCountsOnlyPlusOneSigns() {
        // sign 0 (first trade) and -1 add to volume only: buy = 3 + 1 = 4 of 10
        OhlcvAccumulator bar = OhlcvAccumulator.empty()
                .add(1, 10, 2, 0).add(2, 10.5, 3, 1).add(3, 9.75, 4, -1).add(4, 10.25, 1, 1);
        assertThat(bar.buyVolume()).isEqualTo(4.0);
        assertThat(bar.volume()).isEqualTo(10.0);
    }

    @Test
    void outOfOrderTimestampsKeepArrivalOrderForOpenAndCloseTimes() {
        OhlcvAccumulator bar = OhlcvAccumulator.empty().add(500, 10, 1, 0).add(300, 11, 1, 1);
        assertThat(bar.openTimeNanos()).isEqualTo(500);
        assertThat(bar.closeTimeNanos()).isEqualTo(300);
        assertThat(bar.close()).isEqualTo(11.0);
    }

    @Test
    void emptyAccumulationHasNoTicksAndNaNPrices() {
        assertThat(OhlcvAccumulator.empty().isEmpty()).isTrue();
        assertThat(OhlcvAccumulator.empty().open()).isNaN();
        assertThat(OhlcvAccumulator.empty().add(1, 10, 1, 0).isEmpty()).isFalse();
    }
}
