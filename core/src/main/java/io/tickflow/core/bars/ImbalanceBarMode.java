package io.tickflow.core.bars;

/** How an imbalance bar builder decides closes (DESIGN.md "Dollar-imbalance bars"). */
public enum ImbalanceBarMode {
    /**
     * Reproduces mlfinlab 0.x {@code EMAImbalanceBars} / {@code ConstImbalanceBars} exactly: a bar closes
     * on the trade where |θ| &gt; E[T]·|E[imb]| (strict), with no floor or cap on bar length.
     */
    MLFINLAB,
    /**
     * The same rule, but a bar never closes before {@code min_ticks} trades and always closes at
     * {@code max_ticks}, and E0[T] is clamped like every later E[T]. Plain EWMA imbalance bars collapse to
     * 1–2 trades per bar on real tapes (mlfinlab issues #98, #29); this mode makes that impossible.
     */
    HARDENED
}
