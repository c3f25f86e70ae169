package io.tickflow.core.bars;

/**
 * The adjusted exponentially weighted mean of mlfinlab's {@code fast_ewma.ewma} (last element only):
 * y = Σ_i q^i·x_{n−1−i} / Σ_i q^i with q = 1 − 2/(span + 1), over all n values given.
 *
 * <p>The arithmetic follows mlfinlab's numba loop operation for operation, so that thresholds, and
 * therefore bar closes, are bit-identical: numerator {@code e = e·q + x} oldest first, weight
 * {@code w = 1; w += q^i} for i = 1…n−1, where numba lowers {@code float ** int} to binary
 * exponentiation (multiply by the squares q, q², q⁴, … of the set bits, lowest bit first).
 */
final class AdjustedEwma {

    private AdjustedEwma() {
    }

    /** q = 1 − α, α = 2 / (span + 1). */
    static double decay(int span) {
        double alpha = 2 / (double) (span + 1);
        return 1 - alpha;
    }

    /** The adjusted EWMA of a whole short sequence (the last bar lengths, for E[T]). */
    static double of(long[] values, int span) {
        double decay = decay(span);
        double numerator = values[0];
        double weightSum = 1;
        for (int i = 1; i < values.length; i++) {
            weightSum += power(decay, i);
            numerator = numerator * decay + values[i];
        }
        return numerator / weightSum;
    }

    /**
     * Σ_{i=0}^{length−1} q^i in mlfinlab's order, in O(length): q^i equals numba's q^(i − h)·q^h with h the
     * highest set bit of i, because binary exponentiation multiplies the squares lowest bit first.
     *
     * @param powers scratch space of at least {@code length} doubles (overwritten)
     */
    static double weightSum(int length, double decay, double[] powers) {
        double[] squares = new double[Integer.SIZE];
        squares[0] = decay;
        for (int k = 1; k < squares.length; k++) {
            squares[k] = squares[k - 1] * squares[k - 1];
        }
        powers[0] = 1;
        double sum = 1;
        for (int i = 1; i < length; i++) {
            int highest = Integer.highestOneBit(i);
            powers[i] = powers[i - highest] * squares[Integer.numberOfTrailingZeros(highest)];
            sum += powers[i];
        }
        return sum;
    }

    /** base^exponent (exponent &gt;= 0) by binary exponentiation, as numba's integer power. */
    static double power(double base, int exponent) {
        double result = 1;
        double factor = base;
        int remaining = exponent;
        while (remaining != 0) {
            if ((remaining & 1) != 0) {
                result *= factor;
            }
            remaining >>= 1;
            factor *= factor;
        }
        return result;
    }
}
