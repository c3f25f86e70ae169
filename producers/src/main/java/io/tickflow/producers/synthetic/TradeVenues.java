package io.tickflow.producers.synthetic;

/**
 * Where a synthetic print is reported, with Polygon's exchange ids: about 42% off-exchange through a
 * FINRA TRF (exchange 4; typical of small caps, where wholesalers internalise retail flow), the rest on
 * the listing market and other lit venues.
 */
final class TradeVenues {

    /** Polygon exchange id of FINRA (TRF prints). */
    static final int FINRA_TRF = 4;
    /** Polygon TRF ids: NYSE TRF, Nasdaq TRF Carteret, Nasdaq TRF Chicago. */
    private static final int[] TRF_IDS = {201, 202, 203};
    private static final double[] TRF_ID_WEIGHTS = {0.25, 0.65, 0.10};
    private static final double TRF_SHARE = 0.42;
    /** Lit venues besides the listing market: Nasdaq BX, Cboe EDGA, Cboe EDGX, NYSE Arca, IEX. */
    private static final int[] LIT_VENUES = {2, 7, 8, 11, 15};
    private static final double[] LIT_WEIGHTS = {0.10, 0.15, 0.35, 0.25, 0.15};
    private static final double LISTING_SHARE_OF_LIT = 0.45;

    private TradeVenues() {
    }

    /** Polygon exchange id of the next print of a ticker listed on {@code listingExchange}. */
    static int drawExchange(SyntheticRandom random, int listingExchange) {
        if (random.chance(TRF_SHARE)) {
            return FINRA_TRF;
        }
        if (random.chance(LISTING_SHARE_OF_LIT)) {
            return listingExchange;
        }
        return pick(random, LIT_VENUES, LIT_WEIGHTS);
    }

    static int drawTrfId(SyntheticRandom random) {
        return pick(random, TRF_IDS, TRF_ID_WEIGHTS);
    }

    private static int pick(SyntheticRandom random, int[] values, double[] weights) {
        double u = random.uniform();
        for (int i = 0; i < values.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
