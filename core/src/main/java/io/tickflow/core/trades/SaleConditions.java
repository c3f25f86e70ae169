package io.tickflow.core.trades;

import io.tickflow.core.calendar.SessionScope;

/**
 * Decides whether a Polygon trade may update the price and volume of bars, from its sale conditions,
 * its correction indicator, its size and price, and its time.
 *
 * <p>Source of the condition table: Polygon's glossary "Conditions &amp; Indicators"
 * (https://polygon.io/glossary/us/stocks/conditions-indicators), columns Update High/Low, Update Last,
 * Update Volume (consolidated), which restate the CTA and UTP condition matrices (Polygon blog
 * "Trade ticks not matching Aggregates", 2019). Imbalance bars need both a current price (tick rule,
 * OHLC) and a volume, so a condition is bar-eligible when Polygon marks it Update Last = Yes and
 * Update Volume = Yes, with three deliberate additions:
 * <ul>
 *   <li>37 Odd Lot Trade (Last = No, Volume = Yes): the "no" is a round-lot-era display rule, the
 *       price is a real contemporaneous execution, and odd lots are a large share of small-cap prints;</li>
 *   <li>12 Form T (Last = No, Volume = Yes): these are the extended-hours trades themselves, so they are
 *       eligible when the scope is {@code EXTENDED} or {@code NONE}; in the {@code REGULAR} scope a
 *       Form T print can only be a late report of an out-of-hours execution, and is excluded;</li>
 *   <li>41 Trade Thru Exempt: a Reg NMS 611 flag set on otherwise regular prints (Polygon lists no
 *       update rule for it; its own intraday aggregation adds it to the eligible set).</li>
 * </ul>
 * Excluded on purpose, although they update volume: 2 average price, 7 cash sale, 20 next day,
 * 21 price variation, 52 contingent and 53 qualified contingent trades (price not set by the market
 * at that moment); 5 bunched sold, 10 derivatively priced, 13 extended hours sold out of sequence,
 * 22 prior reference price, 29 seller, 33 sold out of sequence (late or out-of-sequence reports whose
 * price would corrupt the tick rule; Polygon's footnote 1: UTDF updates Last only for the day's first
 * such trade). Not trades at all: 15 market center official close, 16 official open, 38 corrected
 * consolidated close. Codes Polygon lists without a consolidated rule (6, 17–19, 24, 26, 32, 35,
 * 39–40, 42–51, 54–55) and unknown codes are excluded: a code we cannot vouch for never moves a bar.
 *
 * <p>Correction indicator (Polygon glossary "Trade Corrections", the CTA/NYSE values): 0 regular,
 * 1 original trade later corrected (the record carries the corrected data) are kept; 7 later marked
 * erroneous, 8 later cancelled, 10 cancel record, 11 error record, 12 correction record (carries the
 * original incorrect data) are {@link BarEligibility#CANCELLED}, and so is any other value.
 */
public final class SaleConditions {

    private static final int FORM_T = 12;
    private static final long PRICE_AND_VOLUME_CODES = mask(
            0, 1, 3, 4, 8, 9, 11, 14, 23, 25, 27, 28, 30, 34, 36, 37, 41);

    private SaleConditions() {
    }

    /**
     * Classifies one trade; the first failing check wins, in this order: non-positive price or size,
     * cancelled or corrected, ineligible condition, outside the session scope.
     *
     * @param sipTsNanos SIP timestamp, ns since epoch
     * @param price      price per share in dollars
     * @param size       shares
     * @param conditions Polygon condition codes; {@code null} or empty means a regular sale (Polygon omits them)
     * @param correction Polygon correction indicator (0 when absent)
     * @param scope      which part of the day bars use
     */
    public static BarEligibility classify(long sipTsNanos, double price, double size,
                                          int[] conditions, int correction, SessionScope scope) {
        if (!(price > 0) || !(size > 0) || Double.isInfinite(price) || Double.isInfinite(size)) {
            return BarEligibility.NON_POSITIVE;
        }
        if (!isKeptCorrection(correction)) {
            return BarEligibility.CANCELLED;
        }
        if (!areBarEligible(conditions, scope)) {
            return BarEligibility.INELIGIBLE_CONDITION;
        }
        return scope.contains(sipTsNanos) ? BarEligibility.ELIGIBLE : BarEligibility.OUTSIDE_SESSION;
    }

    /** Whether every condition code lets the trade update bar price and volume in this scope. */
    public static boolean areBarEligible(int[] conditions, SessionScope scope) {
        if (conditions == null) {
            return true;
        }
        for (int code : conditions) {
            if (!isBarEligible(code, scope)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one condition code lets the trade update bar price and volume in this scope. */
    public static boolean isBarEligible(int code, SessionScope scope) {
        if (code == FORM_T) {
            return scope != SessionScope.REGULAR;
        }
        return code >= 0 && code < Long.SIZE && (PRICE_AND_VOLUME_CODES & (1L << code)) != 0;
    }

    /** Whether the correction indicator leaves the trade standing: 0 (none) or 1 (corrected data). */
    public static boolean isKeptCorrection(int correction) {
        return correction == 0 || correction == 1;
    }

    private static long mask(int... codes) {
        long mask = 0;
        for (int code : codes) {
            mask |= 1L << code;
        }
        return mask;
    }
}
