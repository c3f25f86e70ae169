package io.tickflow.core.daily;

/**
 * Builds one ticker's minute bars from its eligible trades, one trade at a time, as the topology and the batch
 * command both do: a trade of the open minute adds to it, a trade of a later minute closes it and opens its own, a
 * trade of an earlier minute is refused (that minute's bar is already out). Which trades count is the caller's:
 * tickflow passes the trades {@link io.tickflow.core.trades.SaleConditions} lets into bars, so the daily cache
 * built from trades and the imbalance bars count the same prints (Polygon's own minute aggregates also count
 * volume-only conditions, so their volume can be slightly higher).
 */
public final class TradeMinutes {
    private TradeMinutes() {
    }

    /**
     * @param open     the minute open after the trade
     * @param closed   the minute the trade closed (finished), or {@code null}
     * @param refusal  why the trade was not applied, or {@code null}; the open minute is then unchanged
     */
    public record Step(OpenMinute open, OpenMinute closed, String refusal) {
    }

    /**
     * @param open      the ticker's open minute, or {@code null} when none is open
     * @param tsNanos   the trade's SIP time, ns
     * @param price     USD, &gt; 0
     * @param size      shares, &gt; 0
     */
    public static Step add(OpenMinute open, long tsNanos, double price, double size) {
        if (open == null) {
            return new Step(OpenMinute.of(tsNanos, price, size), null, null);
        }
        long minute = OpenMinute.startOf(tsNanos);
        if (minute == open.windowStartNanos()) {
            return new Step(open.plus(tsNanos, price, size), null, null);
        }
        if (minute > open.windowStartNanos()) {
            return new Step(OpenMinute.of(tsNanos, price, size), open, null);
        }
        return new Step(open, null, "trade at " + tsNanos + " ns belongs to a minute before the open one (starting "
                + open.windowStartNanos() + " ns): that minute's bar is already out");
    }
}
