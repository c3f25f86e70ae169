package io.tickflow.core.weights;

import static io.tickflow.core.labels.LabelFixtures.pathOfReturns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.ResolvedSession;
import io.tickflow.core.labels.Touch;
import io.tickflow.core.labels.TripleBarrierLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleWeightsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 8);
    private static final double EPS = 1e-12;

    private static TripleBarrierLabel label(List<BarPoint> path, int from, int to) {
        BarPoint a = path.get(from);
        BarPoint b = path.get(to);
        return new TripleBarrierLabel(a.seq(), a.closeTimeNanos(), b.seq(), b.closeTimeNanos(), Touch.VERTICAL,
                Math.log(b.close() / a.close()), 0.01);
    }

    private static List<EventWeight> weigh(double decay, List<BarPoint> path, int[]... spans) {
        List<TripleBarrierLabel> labels = new ArrayList<>();
        for (int[] s : spans) {
            labels.add(label(path, s[0], s[1]));
        }
        return new SampleWeights(new WeightSettings(decay)).of(new ResolvedSession(DAY, path, labels));
    }

    /**
     * r = [–, 0.02, −0.01, 0.03, 0.01, −0.02]; A = [1, 3], B = [2, 5], C = [4, 4].
     * c_t = [0, 1, 2, 2, 2, 1].
     */
    private static final List<BarPoint> SIX = pathOfReturns(0, 0.02, -0.01, 0.03, 0.01, -0.02);
    private static final int[] A = {1, 3};
    private static final int[] B = {2, 5};
    private static final int[] C = {4, 4};

    @Test
    void averageUniquenessIsTheMeanOfInverseConcurrency() {
        // A: (1 + 1/2 + 1/2) / 3 = 2/3; B: (1/2 + 1/2 + 1/2 + 1) / 4 = 5/8; C: 1/2
        assertThat(weigh(1.0, SIX, A, B, C)).extracting(EventWeight::avgUniqueness)
                .containsExactly(2.0 / 3, 5.0 / 8, 0.5);
    }

    @Test
    void returnAttributionIsNormalisedToTheEventCount() {
        // A: |0.02/1 − 0.01/2 + 0.03/2| = 0.03; B: |−0.01/2 + 0.03/2 + 0.01/2 − 0.02/1| = 0.005; C: |0.01/2| = 0.005
        // Σ = 0.04, N = 3 → ×75: 2.25, 0.375, 0.375
        var w = weigh(1.0, SIX, A, B, C);
        assertThat(w.get(0).returnWeight()).isCloseTo(2.25, within(EPS));
        assertThat(w.get(1).returnWeight()).isCloseTo(0.375, within(EPS));
        assertThat(w.get(2).returnWeight()).isCloseTo(0.375, within(EPS));
    }

    @Test
    void noDecayGivesEveryEventFactorOne() {
        assertThat(weigh(1.0, SIX, A, B, C)).extracting(EventWeight::timeDecay).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void halfDecayIsLinearInCumulativeUniqueness() {
        // x = 2/3, 2/3 + 5/8 = 31/24, X = 43/24; c = 0.5: b = 0.5 / X = 12/43, a = 1 − b·X = 1/2
        // d = 1/2 + 12/43·16/24 = 59/86, 1/2 + 12/43·31/24 = 37/43, 1
        var w = weigh(0.5, SIX, A, B, C);
        assertThat(w.get(0).timeDecay()).isCloseTo(59.0 / 86, within(EPS));
        assertThat(w.get(1).timeDecay()).isCloseTo(37.0 / 43, within(EPS));
        assertThat(w.get(2).timeDecay()).isEqualTo(1.0);
        assertThat(w.get(0).weight()).isCloseTo(2.25 * 59.0 / 86, within(EPS));
    }

    @Test
    void zeroDecayFallsToZeroAtTheOrigin() {
        // c = 0: b = 1/X = 24/43, a = 0 → 16/43, 31/43, 1
        var w = weigh(0.0, SIX, A, B, C);
        assertThat(w).extracting(EventWeight::timeDecay).satisfiesExactly(
                d -> assertThat(d).isCloseTo(16.0 / 43, within(EPS)),
                d -> assertThat(d).isCloseTo(31.0 / 43, within(EPS)),
                d -> assertThat(d).isEqualTo(1.0));
    }

    @Test
    void negativeDecayZeroesTheOldestFraction() {
        // c = −0.5: b = 1 / (0.5·X) = 48/43, a = 1 − 2 = −1 → max(0, −1 + 32/43) = 0, −1 + 62/43 = 19/43, 1
        var w = weigh(-0.5, SIX, A, B, C);
        assertThat(w.get(0).timeDecay()).isZero();
        assertThat(w.get(1).timeDecay()).isCloseTo(19.0 / 43, within(EPS));
        assertThat(w.get(2).timeDecay()).isEqualTo(1.0);
    }

    @Test
    void singleEventSessionHasUnitWeights() {
        var w = weigh(0.0, SIX, A);
        assertThat(w).singleElement().satisfies(e -> {
            assertThat(e.avgUniqueness()).isEqualTo(1.0);
            assertThat(e.returnWeight()).isEqualTo(1.0);
            assertThat(e.timeDecay()).isEqualTo(1.0);
        });
    }

    @Test
    void eventsWithIdenticalSpansShareEverythingEqually() {
        // tie: both on bars 1..2 → c = 2 there; uniqueness 1/2 each; equal attributions → 1 each;
        // c = 0: x = 1/2, 1 → decay 1/2, 1
        var w = weigh(0.0, SIX, new int[] {1, 2}, new int[] {1, 2});
        assertThat(w).extracting(EventWeight::avgUniqueness).containsExactly(0.5, 0.5);
        assertThat(w).extracting(EventWeight::returnWeight).containsExactly(1.0, 1.0);
        assertThat(w).extracting(EventWeight::timeDecay).containsExactly(0.5, 1.0);
    }

    @Test
    void barsAtBothEndsCountAsConcurrent() {
        // [1, 2] and [2, 3] share bar 2 (inclusive ends): c = [0, 1, 2, 1] → uniqueness (1 + 1/2)/2 = 3/4 each
        var w = weigh(1.0, SIX, new int[] {1, 2}, new int[] {2, 3});
        assertThat(w).extracting(EventWeight::avgUniqueness).containsExactly(0.75, 0.75);
    }

    @Test
    void eventCutOnTheSessionsLastBarStillWeighs() {
        // path r = [–, 0.02, 0.01, −0.03]; A = [1, 3], B = [3, 3] (opened on the last bar, t1 = t0)
        // c = [0, 1, 1, 2]; uniqueness A = (1 + 1 + 1/2)/3 = 5/6, B = 1/2
        // attribution A = |0.02 + 0.01 − 0.03/2| = 0.015, B = |−0.03/2| = 0.015 → 1, 1
        var path = pathOfReturns(0, 0.02, 0.01, -0.03);
        var w = weigh(1.0, path, new int[] {1, 3}, new int[] {3, 3});
        assertThat(w.get(0).avgUniqueness()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(w.get(1).avgUniqueness()).isEqualTo(0.5);
        assertThat(w.get(0).returnWeight()).isCloseTo(1.0, within(EPS));
        assertThat(w.get(1).returnWeight()).isCloseTo(1.0, within(EPS));
        assertThat(w.get(1).t1Nanos()).isEqualTo(w.get(1).t0Nanos());
    }

    @Test
    void flatSessionFallsBackToUnitReturnWeights() {
        var path = pathOfReturns(0, 0, 0, 0);
        assertThat(weigh(1.0, path, new int[] {1, 2}, new int[] {2, 3})).extracting(EventWeight::returnWeight)
                .containsExactly(1.0, 1.0);
    }

    @Test
    void sessionWithoutEventsHasNoWeights() {
        assertThat(weigh(1.0, SIX)).isEmpty();
    }

    @Test
    void refusesLabelOffThePath() {
        var label = new TripleBarrierLabel(2, 0L, 9, 0L, Touch.VERTICAL, 0.0, 0.01);
        var session = new ResolvedSession(DAY, SIX, List.of(label));
        assertThatThrownBy(() -> new SampleWeights(WeightSettings.defaults()).of(session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event seq 2");
    }

    @Test
    void refusesDecayOutsideItsRange() {
        assertThatThrownBy(() -> new WeightSettings(-1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightSettings(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsSumToNAndUniquenessAndDecayStayInRangeOnRandomSessions() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int bars = 2 + random.nextInt(60);
            double[] r = new double[bars];
            for (int t = 1; t < bars; t++) {
                r[t] = random.nextGaussian() * 0.02;
            }
            List<BarPoint> path = pathOfReturns(r);
            List<int[]> spans = new ArrayList<>();
            for (int t0 = 1; t0 < bars; t0++) {
                if (random.nextInt(3) == 0) {
                    spans.add(new int[] {t0, Math.min(bars - 1, t0 + random.nextInt(8))});
                }
            }
            double decay = random.nextDouble() * 1.9 - 0.9;
            var w = weigh(decay, path, spans.toArray(int[][]::new));
            assertThat(w).hasSize(spans.size());
            if (w.isEmpty()) {
                continue;
            }
            assertThat(w.stream().mapToDouble(EventWeight::returnWeight).sum()).isCloseTo(w.size(), within(1e-9));
            assertThat(w).allSatisfy(e -> {
                assertThat(e.avgUniqueness()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
                assertThat(e.timeDecay()).isBetween(0.0, 1.0);
                assertThat(e.returnWeight()).isGreaterThanOrEqualTo(0.0);
            });
            assertThat(w.get(w.size() - 1).timeDecay()).isEqualTo(1.0);
            for (int e = 1; e < w.size(); e++) {
                assertThat(w.get(e).timeDecay()).isGreaterThanOrEqualTo(w.get(e - 1).timeDecay() - 1e-12);
            }
        }
    }
}
