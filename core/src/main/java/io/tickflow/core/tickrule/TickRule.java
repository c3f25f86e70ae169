package io.tickflow.core.tickrule;

/**
 * The tick rule (AFML 2.3.2.1; DESIGN.md "Tick rule") as an immutable, persistable state:
 * b_t = sign(p_t − p_{t−1}) when the price changed, else b_{t−1}; the first trade has b = 0.
 *
 * <p>Usage: {@code rule = rule.next(price); int b = rule.lastSign();}. The state resets only when a
 * caller starts a new {@link #initial()} (DESIGN.md: at each ticker-session's first trade); imbalance
 * bars do not reset it at a bar close, as mlfinlab 0.x does not.
 *
 * @param lastPrice price of the last trade seen, {@code NaN} before the first trade
 * @param lastSign  b of the last trade seen: −1, 0 or +1 (0 until the price first changes)
 */
public record TickRule(double lastPrice, int lastSign) {

    public TickRule {
        if (lastSign < -1 || lastSign > 1) {
            throw new IllegalArgumentException("lastSign must be -1, 0 or 1: " + lastSign);
        }
        if (Double.isInfinite(lastPrice) || (Double.isNaN(lastPrice) && lastSign != 0)) {
            throw new IllegalArgumentException("lastPrice must be finite, or NaN with sign 0: " + lastPrice);
        }
    }

    /** The state before any trade. */
    public static TickRule initial() {
        return new TickRule(Double.NaN, 0);
    }

    /** Whether no trade has been seen yet. */
    public boolean isInitial() {
        return Double.isNaN(lastPrice);
    }

    /**
     * The state after a trade at {@code price}; its {@link #lastSign()} is that trade's b.
     *
     * @param price a finite price (callers filter bad prices before this point)
     */
    public TickRule next(double price) {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("price must be finite: " + price);
        }
        if (isInitial() || price == lastPrice) {
            return new TickRule(price, lastSign);
        }
        return new TickRule(price, price > lastPrice ? 1 : -1);
    }
}
