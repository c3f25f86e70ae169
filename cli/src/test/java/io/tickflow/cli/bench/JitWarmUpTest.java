package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JitWarmUpTest {

    @Test
    void warmsAgainWhenCompilerUsedATenthOfACore() {
        // 0.5 s of compiler CPU in a 5 s run: 0.5 >= 0.1 * 5 = 0.5, not below a tenth
        assertThat(JitWarmUp.warmAgain(1, 0.5, 5.0)).isTrue();
    }

    @Test
    void stopsOnceCompilerUsedLessThanATenthOfACore() {
        // 0.49 s in 5 s: 0.49 < 0.5
        assertThat(JitWarmUp.warmAgain(1, 0.49, 5.0)).isFalse();
    }

    @Test
    void warmsAgainAfterThirdBusyRun() {
        assertThat(JitWarmUp.warmAgain(3, 3.0, 5.0)).isTrue();
    }

    @Test
    void stopsAfterFourRunsHoweverBusyTheCompiler() {
        assertThat(JitWarmUp.warmAgain(JitWarmUp.MAX_RUNS, 3.0, 5.0)).isFalse();
    }

    @Test
    void stopsAfterOneRunWhenCompilerTimeIsUnknown() {
        assertThat(JitWarmUp.warmAgain(1, Double.NaN, 5.0)).isFalse();
    }
}
