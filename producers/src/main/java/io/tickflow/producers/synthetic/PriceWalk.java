package io.tickflow.producers.synthetic;

/**
 * A ticker's price as a random walk in log space, kept inside [$0.50, $20] by reflection and printed on
 * the price grid of Reg NMS Rule 612: $0.01 at or above $1, $0.0001 below $1.
 *
 * <p>The unrounded log price carries from trade to trade (and session to session, with an overnight
 * gap), so rounding never makes the walk stick. Mutable; one instance per ticker.
 */
final class PriceWalk {

    static final double MIN_PRICE = 0.50;
    static final double MAX_PRICE = 20.0;
    private static final double LOG_MIN = StrictMath.log(MIN_PRICE);
    private static final double LOG_MAX = StrictMath.log(MAX_PRICE);
    private static final double OVERNIGHT_VOLATILITY = 0.03;

    private double logPrice;

    PriceWalk(double firstPrice) {
        this.logPrice = reflect(StrictMath.log(firstPrice));
    }

    /** Applies the overnight gap before a session's first trade (not on the very first session). */
    void gapOvernight(SyntheticRandom random) {
        logPrice = reflect(logPrice + OVERNIGHT_VOLATILITY * random.gaussian());
    }

    /**
     * Moves one trade ahead and returns the printed price.
     *
     * @param sigma standard deviation of the log step
     * @param drift mean of the log step
     */
    double step(SyntheticRandom random, double sigma, double drift) {
        logPrice = reflect(logPrice + drift + sigma * random.gaussian());
        return onTickGrid(StrictMath.exp(logPrice));
    }

    /** The current price on the tick grid, USD. */
    double price() {
        return onTickGrid(StrictMath.exp(logPrice));
    }

    /** Rounds to $0.01 at or above $1 and to $0.0001 below, within [MIN_PRICE, MAX_PRICE]. */
    static double onTickGrid(double price) {
        double ticksPerDollar = price >= 1.0 ? 100.0 : 10_000.0;
        double rounded = StrictMath.rint(price * ticksPerDollar) / ticksPerDollar;
        return Math.min(MAX_PRICE, Math.max(MIN_PRICE, rounded));
    }

    private static double reflect(double log) {
        double value = log;
        while (value > LOG_MAX || value < LOG_MIN) {
            value = value > LOG_MAX ? 2 * LOG_MAX - value : 2 * LOG_MIN - value;
        }
        return value;
    }
}
