package io.tickflow.core.bars;

/** What a trade's signed imbalance measures (AFML 2.3.2: tick, volume and dollar imbalance bars). */
public enum ImbalanceMetric {
    /** imb = b·p·v. */
    DOLLAR,
    /** imb = b·v. */
    VOLUME,
    /** imb = b. */
    TICK;

    /**
     * The imbalance of one trade. For dollars the product is taken as (b·v)·p, mlfinlab's
     * {@code signed_tick * volume * price}, so that sums are bit-identical.
     *
     * @param sign  tick-rule sign b: −1, 0 or +1
     * @param price dollars per share
     * @param size  shares
     */
    public double imbalance(int sign, double price, double size) {
        return switch (this) {
            case DOLLAR -> sign * size * price;
            case VOLUME -> sign * size;
            case TICK -> sign;
        };
    }
}
