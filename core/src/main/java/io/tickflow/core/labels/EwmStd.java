package io.tickflow.core.labels;

/**
 * Exponentially weighted standard deviation with pandas' {@code ewm(span=s).std()} semantics (adjust = True,
 * bias = False), which mlfinlab's {@code get_daily_vol} and AFML snippet 3.1 use for the target σ.
 *
 * <p>Observation i of n has weight (1 − α)^(n−1−i), α = 2 / (span + 1). The variance is the weighted variance
 * times the reliability-weights correction (Σw)² / ((Σw)² − Σw²), so that two observations give the ordinary
 * sample variance. The state is the running form pandas' {@code ewmcov} keeps (weighted mean, biased variance,
 * Σw, Σw²): O(1) per value and a few doubles to store. With fewer than two observations σ is undefined (NaN), as
 * in pandas.
 *
 * @param count    observations added
 * @param mean     weighted mean
 * @param variance weighted (biased) variance around {@link #mean}
 * @param sumWt    Σw
 * @param sumWt2   Σw²
 */
public record EwmStd(long count, double mean, double variance, double sumWt, double sumWt2) {

    /** No observation yet. */
    public static EwmStd empty() {
        return new EwmStd(0, Double.NaN, 0.0, 0.0, 0.0);
    }

    /** The state after one more observation {@code x}, with smoothing {@code alpha} = 2 / (span + 1). */
    public EwmStd add(double x, double alpha) {
        if (count == 0) {
            return new EwmStd(1, x, 0.0, 1.0, 1.0);
        }
        double decay = 1.0 - alpha;
        double oldWt = sumWt * decay;
        // pandas skips the mean update when it equals x, so a constant series keeps a variance of exactly 0
        double newMean = mean == x ? mean : (oldWt * mean + x) / (oldWt + 1.0);
        double newVariance = (oldWt * (variance + (mean - newMean) * (mean - newMean))
                + (x - newMean) * (x - newMean)) / (oldWt + 1.0);
        return new EwmStd(count + 1, newMean, newVariance, oldWt + 1.0, sumWt2 * decay * decay + 1.0);
    }

    /** α of a span, as pandas defines it: 2 / (span + 1). */
    public static double alphaOfSpan(int span) {
        return 2.0 / (span + 1.0);
    }

    /** The bias-corrected standard deviation; NaN with fewer than two observations. */
    public double std() {
        double numerator = sumWt * sumWt;
        double denominator = numerator - sumWt2;
        if (count < 2 || denominator <= 0) {
            return Double.NaN;
        }
        return Math.sqrt(Math.max(0.0, variance * numerator / denominator));
    }
}
