package io.tickflow.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EwmStdTest {

    private static EwmStd of(int span, double... xs) {
        EwmStd s = EwmStd.empty();
        for (double x : xs) {
            s = s.add(x, EwmStd.alphaOfSpan(span));
        }
        return s;
    }

    @Test
    void isUndefinedBeforeTwoObservations() {
        assertThat(of(100).std()).isNaN();
        assertThat(of(100, 0.01).std()).isNaN();
    }

    @Test
    void twoObservationsGiveTheSampleStdWhateverTheSpan() {
        // bias correction makes the weights irrelevant for n = 2: var = (0.03 − 0.01)² / 2 = 0.0002
        assertThat(of(100, 0.01, 0.03).std()).isCloseTo(Math.sqrt(0.0002), within(1e-15));
        assertThat(of(3, 0.01, 0.03).std()).isCloseTo(Math.sqrt(0.0002), within(1e-15));
    }

    @Test
    void matchesPandasEwmStdOnThreeValues() {
        // span 3 → α = 0.5; weights oldest→newest 0.25, 0.5, 1: Σw = 1.75, Σw² = 1.3125
        // mean = (0.25·1 + 0.5·2 + 1·4) / 1.75 = 3; biased var = (0.25·4 + 0.5·1 + 1·1) / 1.75 = 2.5 / 1.75
        // correction (Σw)² / ((Σw)² − Σw²) = 3.0625 / 1.75 = 1.75 → var = 2.5, std = √2.5
        // (pandas: pd.Series([1, 2, 4]).ewm(span=3).std() → NaN, 0.707107, 1.581139)
        EwmStd s = of(3, 1, 2, 4);
        assertThat(s.std()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(s.mean()).isCloseTo(3.0, within(1e-12));
        assertThat(of(3, 1, 2).std()).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void constantSeriesHasExactlyZeroStd() {
        assertThat(of(100, 0.02, 0.02, 0.02, 0.02).std()).isZero();
    }

    @Test
    void runningFormEqualsTheWeightedFormulaOnRandomReturns() {
        Random random = new Random(7);
        int span = 100;
        double alpha = EwmStd.alphaOfSpan(span);
        double[] xs = new double[500];
        EwmStd s = EwmStd.empty();
        for (int n = 0; n < xs.length; n++) {
            xs[n] = random.nextGaussian() * 0.01;
            s = s.add(xs[n], alpha);
            if (n >= 1) {
                assertThat(s.std()).isCloseTo(direct(xs, n + 1, alpha), within(1e-12));
            }
        }
    }

    /** The definition: weights (1 − α)^(n−1−i), weighted variance × (Σw)² / ((Σw)² − Σw²). */
    private static double direct(double[] xs, int n, double alpha) {
        double sw = 0, sw2 = 0, swx = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.pow(1 - alpha, n - 1 - i);
            sw += w;
            sw2 += w * w;
            swx += w * xs[i];
        }
        double mean = swx / sw;
        double swd = 0;
        for (int i = 0; i < n; i++) {
            swd += Math.pow(1 - alpha, n - 1 - i) * (xs[i] - mean) * (xs[i] - mean);
        }
        return Math.sqrt(swd / sw * (sw * sw) / (sw * sw - sw2));
    }
}
