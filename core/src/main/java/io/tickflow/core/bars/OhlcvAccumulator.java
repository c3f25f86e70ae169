package io.tickflow.core.bars;

/**
 * The OHLCV accumulation of one open bar, shared by every bar builder by composition.
 *
 * <p>Open and close are the first and last trade in arrival order, and so are the two times, even if
 * timestamps arrive out of order. Buy volume counts trades whose tick-rule sign is +1; a trade with
 * b = 0 (the first of a session, or before the price first moves) counts in volume and dollar value
 * only (DESIGN.md "Tick rule").
 *
 * @param openTimeNanos  timestamp of the first trade, ns since epoch (0 when empty)
 * @param closeTimeNanos timestamp of the last trade, ns since epoch (0 when empty)
 * @param open           price of the first trade ({@code NaN} when empty)
 * @param high           highest price ({@code NaN} when empty)
 * @param low            lowest price ({@code NaN} when empty)
 * @param close          price of the last trade ({@code NaN} when empty)
 * @param volume         Σ size, shares
 * @param buyVolume      Σ size of trades with b = +1, shares
 * @param ticks          number of trades
 * @param dollarValue    Σ price·size, dollars
 */
public record OhlcvAccumulator(long openTimeNanos, long closeTimeNanos, double open, double high, double low,
                               double close, double volume, double buyVolume, long ticks, double dollarValue) {

    private static final OhlcvAccumulator EMPTY =
            new OhlcvAccumulator(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0);

    public OhlcvAccumulator {
        if (ticks < 0) {
            throw new IllegalArgumentException("ticks must be >= 0: " + ticks);
        }
    }

    /** The accumulation of a bar with no trade yet. */
    public static OhlcvAccumulator empty() {
        return EMPTY;
    }

    /** Whether no trade has been added. */
    public boolean isEmpty() {
        return ticks == 0;
    }

    /**
     * The accumulation with one more trade.
     *
     * @param tsNanos trade time, ns since epoch
     * @param price   dollars per share, positive
     * @param size    shares, positive
     * @param sign    the trade's tick-rule sign (−1, 0, +1)
     */
    public OhlcvAccumulator add(long tsNanos, double price, double size, int sign) {
        double buy = sign > 0 ? size : 0;
        if (isEmpty()) {
            return new OhlcvAccumulator(tsNanos, tsNanos, price, price, price, price, size, buy, 1, price * size);
        }
        return new OhlcvAccumulator(openTimeNanos, tsNanos, open, Math.max(high, price), Math.min(low, price),
                price, volume + size, buyVolume + buy, ticks + 1, dollarValue + price * size);
    }
}
