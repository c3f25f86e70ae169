package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjustedEwmaTest {

    @Test
    void decayIsOneMinusTwoOverSpanPlusOne() {
        assertThat(AdjustedEwma.decay(3)).isEqualTo(0.5); // 1 - 2/4
        assertThat(AdjustedEwma.decay(1)).isEqualTo(0.0); // 1 - 2/2: the last value only
    }

    @Test
    void ewmaOfThreeBarLengthsWithSpanThree() {
        // q = 0.5: ((4·0.5 + 8)·0.5 + 16) / (1 + 0.5 + 0.25) = 21 / 1.75 = 12
        assertThat(AdjustedEwma.of(new long[] {4, 8, 16}, 3)).isEqualTo(12.0);
    }

    @Test
    void ewmaOfFewerValuesThanTheSpanKeepsTheSpanDecay() {
        // mlfinlab: ewma(num_ticks_bar[-3:], window=3) on 2 bars: (5·0.5 + 3) / 1.5 = 11/3
        assertThat(AdjustedEwma.of(new long[] {5, 3}, 3)).isEqualTo(5.5 / 1.5);
        assertThat(AdjustedEwma.of(new long[] {7}, 3)).isEqualTo(7.0);
    }

    @Test
    void powerByBinaryExponentiationMultipliesSquaresLowestBitFirst() {
        double q = AdjustedEwma.decay(10_000);
        // 6 = 0b110: (1·q²)·q⁴
        double q2 = q * q;
        assertThat(AdjustedEwma.power(q, 6)).isEqualTo(1 * q2 * (q2 * q2));
        assertThat(AdjustedEwma.power(q, 0)).isEqualTo(1.0);
    }

    @Test
    void weightSumTableIsBitIdenticalToTermByTermBinaryPowers() {
        for (int span : new int[] {2, 3, 7, 1000, 9999, 10_000}) {
            double q = AdjustedEwma.decay(span);
            double expected = 1;
            for (int i = 1; i < span; i++) {
                expected += AdjustedEwma.power(q, i);
            }
            assertThat(AdjustedEwma.weightSum(span, q, new double[span])).isEqualTo(expected);
        }
    }
}
