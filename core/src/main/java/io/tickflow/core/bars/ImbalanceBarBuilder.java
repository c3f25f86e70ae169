package io.tickflow.core.bars;

import io.tickflow.core.tickrule.TickRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds information-driven imbalance bars (AFML 2.3.2; DESIGN.md "Dollar-imbalance bars") for one
 * ticker-session, one trade at a time.
 *
 * <p>Per trade: b from the tick rule, imb = b·p·v (or b·v, b), θ += imb. The bar closes on the trade where
 * |θ| &gt; E[T]·|E[imb]| (strict, as mlfinlab), and that trade belongs to the closing bar: trades are never
 * split. E[imb] is undefined until n &gt;= E[T] (warm-up, so no bar can close before); it is then the
 * adjusted EWMA (span min(n, W)) of the last min(n, W) imbalances, computed once when warm-up ends and
 * again at every close, exactly when mlfinlab 0.x computes it. After a close: E[T] = EWMA (span
 * num_prev_bars) of the last bar lengths, clamped to [et_min, et_max] (unless {@code const}); θ resets;
 * the tick rule does not. In hardened mode a bar also needs min_ticks trades, and closes at max_ticks; and the
 * threshold is anchored so that bars neither collapse nor stall ({@link HardenedThreshold}): a random-walk floor
 * κ·E|imb|·√E[T], E[T] within a factor k of the session's E0[T], bars of at most k²·E0[T] trades, κ steered
 * per complete bar towards bars of E0[T] trades.
 *
 * <p>mlfinlab recomputes a NaN E[imb] only while its current batch has produced no bar; here it is
 * recomputed whenever it is undefined and n &gt;= E[T]. The two agree except when E[T] exceeds n right
 * after a close, which needs et_min &gt; E0[T] and which mlfinlab itself handles differently per batch size.
 *
 * <p>Cost: O(1) per trade. E[imb] costs O(min(n, W)) per close while n &lt; W, and in mlfinlab mode always
 * (its direct sum is what reproduces mlfinlab bit for bit); in hardened mode it is O(1) once n &gt;= W, from a
 * running window numerator kept in the state (see {@link ExpectedImbalance#windowNumerator}), and so is E|imb|
 * from a second one over the absolute imbalances. Not thread-safe.
 */
public final class ImbalanceBarBuilder {

    private final ImbalanceBarSettings settings;
    private final ImbalanceHistory history;
    private final ExpectedImbalance expectedImbalance;
    private ImbalanceBarState state;

    /**
     * @param settings validated settings
     * @param state    {@link ImbalanceBarState#initial} at a session's first trade, or a persisted state
     * @param history  the session's imbalances, in step with the state (count = state's trade count), keeping
     *                 at least the last {@code imbalance_window} of them
     * @throws IllegalStateException if the history's count differs from the state's trade count
     */
    public ImbalanceBarBuilder(ImbalanceBarSettings settings, ImbalanceBarState state, ImbalanceHistory history) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.state = Objects.requireNonNull(state, "state");
        this.history = Objects.requireNonNull(history, "history");
        this.expectedImbalance = new ExpectedImbalance(settings.imbalanceWindow());
        if (history.count() != state.tradeCount()) {
            throw new IllegalStateException("history holds " + history.count()
                    + " imbalances but the state has seen " + state.tradeCount() + " trades");
        }
        if (state.recentBarTicks().size() > settings.numPrevBars()) {
            throw new IllegalStateException("state holds more bar lengths than num_prev_bars");
        }
    }

    /**
     * Adds one trade.
     *
     * @param tsNanos trade time, ns since epoch
     * @param price   dollars per share, finite and &gt; 0
     * @param size    shares, finite and &gt; 0
     * @return the bar this trade closed (it contains the trade), or empty
     * @throws IllegalArgumentException for a non-positive or non-finite price or size: callers classify
     *                                  trades first ({@code SaleConditions}) and count the rejects
     */
    public Optional<ImbalanceBarRecord> onTrade(long tsNanos, double price, double size) {
        requirePositive(price, "price");
        requirePositive(size, "size");
        TickRule tickRule = state.tickRule().next(price);
        double imbalance = settings.metric().imbalance(tickRule.lastSign(), price, size);
        long before = state.tradeCount();
        boolean sliding = slides(before + 1);
        double evicted = sliding && before >= settings.imbalanceWindow() ? history.get(before - settings.imbalanceWindow()) : 0;
        history.append(imbalance);
        double windowNumerator = sliding ? windowNumerator(state.windowNumerator(), imbalance, evicted, false) : Double.NaN;
        double absNumerator = sliding && state.hardened().anchored()
                ? windowNumerator(state.absWindowNumerator(), Math.abs(imbalance), Math.abs(evicted), true) : Double.NaN;
        long tradeCount = before + 1;
        double expImbalance = state.expImbalance();
        HardenedThreshold hardened = state.hardened();
        if (Double.isNaN(expImbalance) && tradeCount >= state.expTicks()) {
            expImbalance = expectedImbalance(windowNumerator, false);
            hardened = hardened.anchored() ? hardened.withExpAbsImbalance(expectedImbalance(absNumerator, true)) : hardened;
        }
        OhlcvAccumulator bar = state.bar().add(tsNanos, price, size, tickRule.lastSign());
        state = new ImbalanceBarState(bar, tickRule, state.theta() + imbalance, state.expTicks(), expImbalance,
                state.recentBarTicks(), tradeCount, state.nextSeq(), windowNumerator, absNumerator, hardened);
        return closes() ? Optional.of(closeBar()) : Optional.empty();
    }

    /**
     * Ends the session: the open bar, if it has any trade, with {@code complete = false}. E[T] is not
     * updated by a partial bar. The builder should not be fed afterwards: a new session starts from
     * {@link ImbalanceBarState#initial} and an empty history.
     */
    public Optional<ImbalanceBarRecord> closeSession() {
        if (state.bar().isEmpty()) {
            return Optional.empty();
        }
        ImbalanceBarRecord partial = ImbalanceBarRecord.of(state, false);
        state = new ImbalanceBarState(OhlcvAccumulator.empty(), state.tickRule(), 0, state.expTicks(),
                state.expImbalance(), state.recentBarTicks(), state.tradeCount(), state.nextSeq() + 1,
                state.windowNumerator(), state.absWindowNumerator(), state.hardened());
        return Optional.of(partial);
    }

    /** The immutable snapshot to persist; with the history it resumes the session exactly. */
    public ImbalanceBarState state() {
        return state;
    }

    private boolean closes() {
        long ticks = state.bar().ticks();
        boolean exceeds = Math.abs(state.theta()) > state.threshold(); // false while the threshold is NaN
        if (settings.mode() == ImbalanceBarMode.MLFINLAB) {
            return exceeds;
        }
        return ticks >= state.hardened().maxBarTicks(settings) || (ticks >= settings.minTicks() && exceeds);
    }

    private ImbalanceBarRecord closeBar() {
        ImbalanceBarRecord closed = ImbalanceBarRecord.of(state, true);
        List<Long> lengths = lastBarLengths(closed.ticks());
        double expTicks = settings.constExpTicks() ? state.expTicks() : nextExpTicks(lengths);
        // mlfinlab: E[imb] is recomputed with the new E[T], and stays undefined while n < E[T].
        boolean defined = state.tradeCount() >= expTicks;
        double expImbalance = defined ? expectedImbalance(state.windowNumerator(), false) : Double.NaN;
        HardenedThreshold hardened = state.hardened();
        if (hardened.anchored()) {
            double expAbs = defined ? expectedImbalance(state.absWindowNumerator(), true) : Double.NaN;
            hardened = hardened.afterBar(closed.ticks(), expAbs, settings);
        }
        state = new ImbalanceBarState(OhlcvAccumulator.empty(), state.tickRule(), 0, expTicks, expImbalance,
                lengths, state.tradeCount(), state.nextSeq() + 1, state.windowNumerator(),
                state.absWindowNumerator(), hardened);
        return closed;
    }

    /** Hardened mode, n &gt;= W: E[imb] (and E|imb|) come from running numerators, O(1) per trade. */
    private boolean slides(long tradeCount) {
        return settings.mode() == ImbalanceBarMode.HARDENED && tradeCount >= settings.imbalanceWindow();
    }

    /**
     * The running window numerator after this trade (the history already holds it): computed whole when n reaches
     * W, slid in O(1) after that. The evicted value was read before the append, which may reuse its slot.
     */
    private double windowNumerator(double previous, double added, double evicted, boolean absolute) {
        return history.count() == settings.imbalanceWindow() ? expectedImbalance.windowNumerator(history, absolute)
                : expectedImbalance.slide(previous, added, evicted);
    }

    /** E[imb] (E|imb|) now: from the running numerator when there is one, else the direct sum over min(n, W). */
    private double expectedImbalance(double windowNumerator, boolean absolute) {
        return Double.isNaN(windowNumerator) ? expectedImbalance.compute(history, absolute)
                : expectedImbalance.fromWindowNumerator(windowNumerator);
    }

    private List<Long> lastBarLengths(long closedTicks) {
        List<Long> lengths = new ArrayList<>(state.recentBarTicks());
        lengths.add(closedTicks);
        int excess = lengths.size() - settings.numPrevBars();
        return excess > 0 ? lengths.subList(excess, lengths.size()) : lengths;
    }

    private double nextExpTicks(List<Long> lengths) {
        long[] values = lengths.stream().mapToLong(Long::longValue).toArray();
        double clamped = settings.clampExpTicks(AdjustedEwma.of(values, settings.numPrevBars()));
        return state.hardened().anchorExpTicks(clamped, settings.anchorRatio());
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
    }
}
