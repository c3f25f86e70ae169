package io.tickflow.core.labels;

/**
 * The symmetric CUSUM filter of AFML 2.5.2.1 on log returns, as mlfinlab's {@code cusum_filter} runs it with a
 * threshold series: S⁺ = max(0, S⁺ + r), S⁻ = min(0, S⁻ + r); an event when S⁻ &lt; −h (S⁻ resets) or else when
 * S⁺ &gt; h (S⁺ resets). Both comparisons are strict. A NaN threshold (σ still undefined) never fires but the
 * sums keep accumulating, which is what mlfinlab's float comparisons with NaN do.
 *
 * @param sPos S⁺ ≥ 0
 * @param sNeg S⁻ ≤ 0
 */
public record CusumFilter(double sPos, double sNeg) {

    /** The filter after one return, and whether it fired. */
    public record Step(CusumFilter filter, boolean event) {
    }

    public static CusumFilter empty() {
        return new CusumFilter(0.0, 0.0);
    }

    /**
     * @param logReturn the bar's log return
     * @param threshold h, in log-return units; NaN means undefined
     */
    public Step next(double logReturn, double threshold) {
        double pos = Math.max(0.0, sPos + logReturn);
        double neg = Math.min(0.0, sNeg + logReturn);
        if (neg < -threshold) {
            return new Step(new CusumFilter(pos, 0.0), true);
        }
        if (pos > threshold) {
            return new Step(new CusumFilter(0.0, neg), true);
        }
        return new Step(new CusumFilter(pos, neg), false);
    }
}
