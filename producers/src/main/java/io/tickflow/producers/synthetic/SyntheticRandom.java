package io.tickflow.producers.synthetic;

import java.util.SplittableRandom;

/**
 * The generator's random source: SplitMix64 ({@link SplittableRandom}, whose algorithm is specified)
 * with its own Gaussian and {@link StrictMath}, so a seed gives the same bytes on every JVM and CPU
 * ({@code Math.log} and friends may differ across platforms; {@code StrictMath} may not).
 *
 * <p>Each ticker-session gets its own stream derived from (seed, ticker, session), so one ticker-day
 * can be changed or regenerated without shifting the draws of any other.
 */
final class SyntheticRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final SplittableRandom random;

    private SyntheticRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream identified by a seed and any number of keys (ticker index, session index, purpose). */
    static SyntheticRandom of(long seed, long... keys) {
        long state = mix(seed);
        for (long key : keys) {
            state = mix(state + GOLDEN_GAMMA * (key + 1));
        }
        return new SyntheticRandom(state);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Uniform integer in [0, bound). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform long in [0, bound). */
    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal draw (Box-Muller, one value per call). */
    double gaussian() {
        double u1 = 1.0 - random.nextDouble(); // (0, 1], so the log is finite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** exp(N(mu, sigma)). */
    double logNormal(double mu, double sigma) {
        return StrictMath.exp(mu + sigma * gaussian());
    }

    /** Pareto with scale {@code xMin} and tail index {@code alpha}: P(X > x) = (xMin / x)^alpha. */
    double pareto(double xMin, double alpha) {
        return xMin / StrictMath.pow(1.0 - random.nextDouble(), 1.0 / alpha);
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
