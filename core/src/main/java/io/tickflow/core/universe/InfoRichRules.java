package io.tickflow.core.universe;

import io.tickflow.core.daily.DailyMetricsRow;

/**
 * The info-rich thresholds (DESIGN.md "Info-rich"; the seed's {@code configs/universe_config.yaml} section
 * {@code thresholds}), validated here.
 *
 * @param rvol     minimum rvol30 [2.0]
 * @param pctchg   minimum |pct_chg_d|, a fraction [0.15]
 * @param dvol     minimum dollar_vol_d, USD [5,000,000]
 * @param minPrice minimum close_d, USD [0.5]
 * @param maxPrice maximum close_d, USD [20]
 * @param capMax   maximum market cap, USD, applied only when a cap is known [2e9]
 */
public record InfoRichRules(double rvol, double pctchg, double dvol, double minPrice, double maxPrice,
                            double capMax) {

    public InfoRichRules {
        requireNonNegative("rvol", rvol);
        requireNonNegative("pctchg", pctchg);
        requireNonNegative("dvol", dvol);
        requireNonNegative("min_price", minPrice);
        requireNonNegative("max_price", maxPrice);
        requireNonNegative("cap_max", capMax);
        if (maxPrice < minPrice) {
            throw new IllegalArgumentException("max_price must be >= min_price: " + maxPrice + " < " + minPrice);
        }
    }

    /** The seed's official thresholds. */
    public static InfoRichRules defaults() {
        return new InfoRichRules(2.0, 0.15, 5_000_000, 0.5, 20.0, 2_000_000_000);
    }

    /**
     * Tests one ticker-session. A null rvol30 (too little history) or pct_chg_d (first session) fails its rule:
     * there is no evidence of unusual activity. An unknown market cap passes and is marked (the seed keeps the cap
     * filter for post-processing when no cap source is joined).
     *
     * @param marketCap market cap on the date, USD; {@code null} when unknown
     */
    public InfoRichVerdict evaluate(DailyMetricsRow row, Double marketCap) {
        boolean passRvol = row.rvol30() != null && row.rvol30() >= rvol;
        boolean passPctchg = row.pctChgD() != null && Math.abs(row.pctChgD()) >= pctchg;
        boolean passDvol = row.dollarVolD() >= dvol;
        boolean passPrice = row.closeD() >= minPrice && row.closeD() <= maxPrice;
        boolean capUnknown = marketCap == null;
        boolean passCap = capUnknown || marketCap <= capMax;
        return new InfoRichVerdict(passRvol, passPctchg, passDvol, passPrice, passCap, capUnknown);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }
}
