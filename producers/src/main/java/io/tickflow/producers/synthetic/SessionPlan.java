package io.tickflow.producers.synthetic;

/**
 * How one ticker-session behaves: how many trades, how far the price travels, whether it is a burst.
 *
 * @param regularTrades  trades between 09:30 and 16:00 New York time
 * @param extendedTrades Form T trades, 04:00-09:30 and 16:00-20:00
 * @param dailyVolatility standard deviation of the session's log return without drift
 * @param logDrift       intended log move over the session (0 on quiet days)
 * @param sizeFactor     multiplier of round-lot sizes (above 1 on burst days)
 * @param burst          true on a volume and price burst day
 */
record SessionPlan(int regularTrades, int extendedTrades, double dailyVolatility, double logDrift,
                   double sizeFactor, boolean burst) {

    private static final long PLAN_STREAM = 3;
    private static final double BURST_PROBABILITY = 0.05;
    private static final double QUIET_VOLATILITY = 0.04;
    private static final double BURST_VOLATILITY = 0.08;

    /** Total trades of the session. */
    int totalTrades() {
        return regularTrades + extendedTrades;
    }

    /**
     * Draws the plan of one ticker-session. Burst days trade 5-10x the usual count and move 20-60%,
     * upwards more often than not (small-cap runners), downwards when up would leave the $20 band.
     */
    static SessionPlan draw(long seed, TickerProfile profile, int session, double openPrice) {
        SyntheticRandom random = SyntheticRandom.of(seed, PLAN_STREAM, profile.index(), session);
        boolean burst = session == profile.burstSession() || random.chance(BURST_PROBABILITY);
        double volumeFactor = burst ? random.uniform(5, 10) : 1.0;
        double trades = profile.tradesPerSession() * random.logNormal(0, 0.25) * volumeFactor;
        double extendedShare = burst ? 0.10 : 0.04;
        int regular = Math.max(1, (int) StrictMath.round(trades * (1 - extendedShare)));
        int extended = (int) StrictMath.round(trades * extendedShare);
        double drift = burst ? burstLogMove(random, openPrice) : 0.0;
        return new SessionPlan(regular, extended, burst ? BURST_VOLATILITY : QUIET_VOLATILITY,
                drift, burst ? 1.5 : 1.0, burst);
    }

    private static double burstLogMove(SyntheticRandom random, double openPrice) {
        double move = random.uniform(0.20, 0.60);
        boolean up = random.chance(0.7);
        if (up && openPrice * (1 + move) > PriceWalk.MAX_PRICE * 0.95) {
            up = false;
        } else if (!up && openPrice * (1 - move) < PriceWalk.MIN_PRICE * 1.05) {
            up = true;
        }
        return StrictMath.log(up ? 1 + move : 1 - move);
    }
}
