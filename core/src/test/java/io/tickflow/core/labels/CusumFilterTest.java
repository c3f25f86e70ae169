package io.tickflow.core.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CusumFilterTest {

    @Test
    void firesWhenPositiveSumExceedsThresholdAndResetsIt() {
        // 0.25 + 0.375 = 0.625 > 0.5
        var first = CusumFilter.empty().next(0.25, 0.5);
        var second = first.filter().next(0.375, 0.5);
        assertThat(first.event()).isFalse();
        assertThat(second.event()).isTrue();
        assertThat(second.filter()).isEqualTo(new CusumFilter(0.0, 0.0));
    }

    @Test
    void firesWhenNegativeSumFallsBelowMinusThreshold() {
        // −0.25 − 0.375 = −0.625 < −0.5; S⁺ stays floored at 0
        var step = CusumFilter.empty().next(-0.25, 0.5).filter().next(-0.375, 0.5);
        assertThat(step.event()).isTrue();
        assertThat(step.filter()).isEqualTo(new CusumFilter(0.0, 0.0));
    }

    @Test
    void sumExactlyAtThresholdDoesNotFire() {
        // 0.25 + 0.25 = 0.5, not > 0.5 (strict, as mlfinlab)
        var step = CusumFilter.empty().next(0.25, 0.5).filter().next(0.25, 0.5);
        assertThat(step.event()).isFalse();
        assertThat(step.filter().sPos()).isEqualTo(0.5);
    }

    @Test
    void undefinedThresholdNeverFiresButSumsAccumulate() {
        var step = CusumFilter.empty().next(0.5, Double.NaN).filter().next(0.5, Double.NaN);
        assertThat(step.event()).isFalse();
        assertThat(step.filter()).isEqualTo(new CusumFilter(1.0, 0.0));
        // once σ is known, the accumulated 1.0 + 0.0 > 0.75 fires at once
        assertThat(step.filter().next(0.0, 0.75).event()).isTrue();
    }

    @Test
    void sumsMoveIndependentlyAndNegativeSideFires() {
        // S⁺: 0.25, 0.125, max(0, 0.125 − 0.5) = 0; S⁻: 0, −0.125, −0.625 < −0.5 fires
        var step = CusumFilter.empty().next(0.25, 0.5).filter().next(-0.125, 0.5).filter().next(-0.5, 0.5);
        assertThat(step.event()).isTrue();
        assertThat(step.filter()).isEqualTo(new CusumFilter(0.0, 0.0));
    }
}
