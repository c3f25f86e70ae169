package io.tickflow.core.daily;

/**
 * The one-minute bar of a ticker still being built from its trades (the live path of the daily cache, where no
 * minute aggregate arrives): what a state store keeps between trades. Trades of the minute delivered slightly out
 * of order give the same bar as in order: open and close follow the trades' SIP times, not their arrival (on a tie
 * the later delivered closes, the earlier delivered opens).
 *
 * @param windowStartNanos start of the minute, ns since the epoch
 * @param firstTradeNanos  SIP time of the earliest trade in it
 * @param lastTradeNanos   SIP time of the latest trade in it
 * @param open             price of the earliest trade, USD
 * @param high             highest price, USD
 * @param low              lowest price, USD
 * @param close            price of the latest trade, USD
 * @param volume           shares of the minute's trades
 * @param dollars          Σ price × size of the minute's trades, USD
 * @param trades           number of trades
 */
public record OpenMinute(long windowStartNanos, long firstTradeNanos, long lastTradeNanos, double open, double high,
                         double low, double close, double volume, double dollars, int trades) {
    public static final long MINUTE_NANOS = 60_000_000_000L;

    /** The minute opened by a trade. */
    public static OpenMinute of(long tsNanos, double price, double size) {
        return new OpenMinute(startOf(tsNanos), tsNanos, tsNanos, price, price, price, price, size, price * size, 1);
    }

    /** Start of the minute holding {@code tsNanos}. */
    public static long startOf(long tsNanos) {
        return Math.floorDiv(tsNanos, MINUTE_NANOS) * MINUTE_NANOS;
    }

    /** This minute with one more of its trades. */
    public OpenMinute plus(long tsNanos, double price, double size) {
        boolean earliest = tsNanos < firstTradeNanos;
        boolean latest = tsNanos >= lastTradeNanos;
        return new OpenMinute(windowStartNanos, earliest ? tsNanos : firstTradeNanos,
                latest ? tsNanos : lastTradeNanos, earliest ? price : open, Math.max(high, price),
                Math.min(low, price), latest ? price : close, volume + size, dollars + price * size, trades + 1);
    }

    /** End of the minute (exclusive), ns. */
    public long endNanos() {
        return windowStartNanos + MINUTE_NANOS;
    }

    /** Volume-weighted price of the minute, USD. */
    public double vwap() {
        return dollars / volume;
    }

    /** The finished minute as daily metrics use it. */
    public MinuteBar toBar() {
        return new MinuteBar(windowStartNanos, close, volume, vwap());
    }
}
