package io.tickflow.producers.synthetic;

/**
 * Trade sizes with the shape of small-cap tapes: many odd lots (1-99 shares, most of them tiny), round
 * lots whose count of 100-share lots is Pareto distributed (tail index 1.4: rare prints of tens of
 * thousands of shares), and some mixed lots (a round lot plus an odd part, e.g. 250).
 */
final class TradeSizes {

    static final int ROUND_LOT = 100;
    private static final double ODD_LOT_SHARE = 0.30;
    private static final double MIXED_LOT_SHARE = 0.15;
    private static final double LOT_TAIL_INDEX = 1.4;
    private static final int MAX_LOTS = 1_000;

    private TradeSizes() {
    }

    /**
     * @param sizeFactor multiplier of the round-lot count (above 1 on burst days)
     * @return shares, at least 1
     */
    static long draw(SyntheticRandom random, double sizeFactor) {
        if (random.chance(ODD_LOT_SHARE)) {
            double u = random.uniform();
            return 1 + (long) (99 * u * u); // skewed towards 1-20 shares, as retail odd lots are
        }
        long lots = Math.min(MAX_LOTS, (long) (random.pareto(1.0, LOT_TAIL_INDEX) * sizeFactor));
        long size = Math.max(1, lots) * ROUND_LOT;
        return random.chance(MIXED_LOT_SHARE) ? size + 1 + random.nextInt(ROUND_LOT - 1) : size;
    }
}
