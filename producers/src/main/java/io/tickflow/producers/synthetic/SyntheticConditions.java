package io.tickflow.producers.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Polygon sale condition codes for synthetic prints, listed in ascending order as Polygon writes them
 * ({@code "12,37"}): 12 Form T on every extended-hours print, 37 odd lot on every print under 100
 * shares, and rare others: 14 intermarket sweep on lit venues, 41 trade-through exempt, and on TRF prints
 * 2 average price and 53 qualified contingent trade.
 */
final class SyntheticConditions {

    static final int AVERAGE_PRICE = 2;
    static final int FORM_T = 12;
    static final int INTERMARKET_SWEEP = 14;
    static final int ODD_LOT = 37;
    static final int TRADE_THROUGH_EXEMPT = 41;
    static final int QUALIFIED_CONTINGENT = 53;

    private SyntheticConditions() {
    }

    static List<Integer> draw(SyntheticRandom random, boolean extendedHours, long size, int exchange) {
        List<Integer> codes = new ArrayList<>(2);
        boolean trf = exchange == TradeVenues.FINRA_TRF;
        if (trf && random.chance(0.004)) {
            codes.add(AVERAGE_PRICE);
        }
        if (extendedHours) {
            codes.add(FORM_T);
        } else if (!trf && random.chance(0.06)) {
            codes.add(INTERMARKET_SWEEP);
        }
        if (size < TradeSizes.ROUND_LOT) {
            codes.add(ODD_LOT);
        }
        if (!extendedHours && random.chance(0.005)) {
            codes.add(TRADE_THROUGH_EXEMPT);
        }
        if (trf && random.chance(0.002)) {
            codes.add(QUALIFIED_CONTINGENT);
        }
        return codes;
    }
}
