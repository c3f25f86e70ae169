package io.tickflow.producers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceWalkTest {

    @Test
    void roundsToCentsFromOneDollarUp() {
        assertThat(PriceWalk.onTickGrid(5.3749)).isEqualTo(5.37);
        assertThat(PriceWalk.onTickGrid(1.0)).isEqualTo(1.0);
    }

    @Test
    void roundsToHundredthsOfACentBelowOneDollar() {
        assertThat(PriceWalk.onTickGrid(0.73456)).isEqualTo(0.7346);
    }

    @Test
    void clampsToTheGeneratorsPriceBand() {
        assertThat(PriceWalk.onTickGrid(0.49996)).isEqualTo(0.50);
        assertThat(PriceWalk.onTickGrid(20.004)).isEqualTo(20.0);
    }

    @Test
    void staysInsideTheBandUnderLargeSteps() {
        PriceWalk walk = new PriceWalk(10);
        SyntheticRandom random = SyntheticRandom.of(3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(walk.step(random, 0.5, 0.0)).isBetween(0.50, 20.0);
        }
    }
}
