package io.tickflow.core.bars;

import io.tickflow.core.tickrule.TickRule;
import java.util.List;
import java.util.Objects;

/**
 * Everything an {@link ImbalanceBarBuilder} needs to continue a ticker-session, except the per-trade
 * imbalances (in {@link ImbalanceHistory}): persisting this record and the history and rebuilding a
 * builder from them gives the same bars as an uninterrupted run. Its size does not grow with W: the
 * only list holds at most {@code num_prev_bars} bar lengths.
 *
 * @param bar            the open bar's OHLCV so far
 * @param tickRule       tick-rule state; never reset inside a session, not even at a bar close
 * @param theta          θ, Σ imbalance over the open bar
 * @param expTicks       E[T], expected trades per bar, as it stands now
 * @param expImbalance   E[imb] as it stands now; {@code NaN} while undefined (warm-up: n &lt; E[T])
 * @param recentBarTicks lengths (trades) of the last closed bars, oldest first, at most num_prev_bars
 * @param tradeCount     n, trades of the session so far (= imbalances appended to the history)
 * @param nextSeq        seq of the next bar emitted, from 0 in each session
 * @param windowNumerator hardened mode, n &gt;= W: the running numerator of E[imb] over the last W imbalances
 *                        (see {@code ExpectedImbalance#windowNumerator}); {@code NaN} otherwise
 * @param absWindowNumerator the same running numerator over the absolute imbalances, for E|imb|, when
 *                           {@code hardened} is anchored; {@code NaN} otherwise
 * @param hardened       the anchor E0[T], the floor's κ and E|imb| ({@link HardenedThreshold#NONE} in mlfinlab mode)
 */
public record ImbalanceBarState(OhlcvAccumulator bar, TickRule tickRule, double theta, double expTicks,
                                double expImbalance, List<Long> recentBarTicks, long tradeCount, long nextSeq,
                                double windowNumerator, double absWindowNumerator,
                                HardenedThreshold hardened) {

    public ImbalanceBarState {
        Objects.requireNonNull(bar, "bar");
        Objects.requireNonNull(tickRule, "tickRule");
        Objects.requireNonNull(hardened, "hardened");
        recentBarTicks = List.copyOf(recentBarTicks);
        if (!(expTicks >= 0) || tradeCount < 0 || nextSeq < 0) {
            throw new IllegalArgumentException("expTicks, tradeCount and nextSeq must be >= 0");
        }
    }

    /**
     * The state at a session's first trade, with E0[T] = {@code initialExpTicks}; in hardened mode also the
     * anchor of E[T] and the floor's κ0 ({@link HardenedThreshold#start}).
     */
    public static ImbalanceBarState initial(ImbalanceBarSettings settings, double initialExpTicks) {
        return new ImbalanceBarState(OhlcvAccumulator.empty(), TickRule.initial(), 0, initialExpTicks,
                Double.NaN, List.of(), 0, 0, Double.NaN, Double.NaN,
                HardenedThreshold.start(settings, initialExpTicks));
    }

    /** The state at a session's first trade, with E0[T] from the settings. */
    public static ImbalanceBarState initial(ImbalanceBarSettings settings) {
        return initial(settings, settings.initialExpTicks());
    }

    /**
     * The |θ| to exceed: E[T]·|E[imb]| (AFML; mlfinlab), in hardened mode at least the random-walk floor
     * κ·E|imb|·√E[T] ({@link HardenedThreshold}); {@code NaN} while E[imb] is undefined.
     */
    public double threshold() {
        return threshold(expTicks, expImbalance, hardened);
    }

    /** {@link #threshold()} of these values: the one formula, also for the builder's per-bar cache of it. */
    static double threshold(double expTicks, double expImbalance, HardenedThreshold hardened) {
        double afml = expTicks * Math.abs(expImbalance);
        return hardened.kappa() == 0 ? afml : Math.max(afml, hardened.floor(expTicks));
    }
}
