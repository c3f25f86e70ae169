package io.tickflow.core.bars;

import io.tickflow.core.tickrule.TickRule;
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
    private final boolean hardenedMode;
    private final int window;
    // The state, unpacked into fields so that a trade allocates nothing; state() packs it again.
    private final OpenBar bar;
    private double lastPrice;
    private int lastSign;
    private double theta;
    private double expTicks;
    private double expImbalance;
    private List<Long> recentBarTicks;
    private long tradeCount;
    private long nextSeq;
    private double windowNumerator;
    private double absWindowNumerator;
    private HardenedThreshold hardened;
    /** Derived from E[T], E[imb] and {@link #hardened}; recomputed when they change (per bar, not per trade). */
    private double threshold;
    private long maxBarTicks;

    /**
     * @param settings validated settings
     * @param state    {@link ImbalanceBarState#initial} at a session's first trade, or a persisted state
     * @param history  the session's imbalances, in step with the state (count = state's trade count), keeping
     *                 at least the last {@code imbalance_window} of them
     * @throws IllegalStateException if the history's count differs from the state's trade count
     */
    public ImbalanceBarBuilder(ImbalanceBarSettings settings, ImbalanceBarState state, ImbalanceHistory history) {
        this(settings, state, history, new ExpectedImbalance(settings.imbalanceWindow()));
    }

    /** With the E[imb] calculator of a caller that rebuilds builders often (it only caches pure values). */
    ImbalanceBarBuilder(ImbalanceBarSettings settings, ImbalanceBarState state, ImbalanceHistory history,
                        ExpectedImbalance expectedImbalance) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.history = Objects.requireNonNull(history, "history");
        this.expectedImbalance = expectedImbalance;
        Objects.requireNonNull(state, "state");
        if (history.count() != state.tradeCount()) {
            throw new IllegalStateException("history holds " + history.count()
                    + " imbalances but the state has seen " + state.tradeCount() + " trades");
        }
        if (state.recentBarTicks().size() > settings.numPrevBars()) {
            throw new IllegalStateException("state holds more bar lengths than num_prev_bars");
        }
        this.hardenedMode = settings.mode() == ImbalanceBarMode.HARDENED;
        this.window = settings.imbalanceWindow();
        this.bar = new OpenBar(state.bar());
        unpack(state);
    }

    private void unpack(ImbalanceBarState state) {
        lastPrice = state.tickRule().lastPrice();
        lastSign = state.tickRule().lastSign();
        theta = state.theta();
        expTicks = state.expTicks();
        expImbalance = state.expImbalance();
        recentBarTicks = state.recentBarTicks();
        tradeCount = state.tradeCount();
        nextSeq = state.nextSeq();
        windowNumerator = state.windowNumerator();
        absWindowNumerator = state.absWindowNumerator();
        setHardened(state.hardened());
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
        // The tick rule (TickRule.next), inline: b changes only when the price does, and not at the first trade.
        if (!Double.isNaN(lastPrice) && price != lastPrice) {
            lastSign = price > lastPrice ? 1 : -1;
        }
        lastPrice = price;
        double imbalance = settings.metric().imbalance(lastSign, price, size);
        long before = tradeCount;
        boolean sliding = hardenedMode && before + 1 >= window;
        double evicted = sliding && before >= window ? history.get(before - window) : 0;
        history.append(imbalance);
        boolean anchored = hardened.anchored();
        windowNumerator = sliding ? expectedImbalance.running(history, windowNumerator, imbalance, evicted) : Double.NaN;
        absWindowNumerator = sliding && anchored ? expectedImbalance.runningAbsolute(history, absWindowNumerator,
                Math.abs(imbalance), Math.abs(evicted)) : Double.NaN;
        tradeCount = before + 1;
        if (Double.isNaN(expImbalance) && tradeCount >= expTicks) {
            expImbalance = expectedImbalance.current(history, windowNumerator, false);
            setHardened(anchored ? hardened.withExpAbsImbalance(
                    expectedImbalance.current(history, absWindowNumerator, true)) : hardened);
        }
        bar.add(tsNanos, price, size, lastSign);
        theta = theta + imbalance;
        long ticks = bar.ticks();
        boolean exceeds = Math.abs(theta) > threshold; // false while the threshold is NaN
        boolean closes = hardenedMode ? ticks >= maxBarTicks || (ticks >= settings.minTicks() && exceeds) : exceeds;
        return closes ? Optional.of(closeBar()) : Optional.empty();
    }

    /**
     * Ends the session: the open bar, if it has any trade, with {@code complete = false}. E[T] is not
     * updated by a partial bar. The builder should not be fed afterwards: a new session starts from
     * {@link ImbalanceBarState#initial} and an empty history.
     */
    public Optional<ImbalanceBarRecord> closeSession() {
        if (bar.ticks() == 0) {
            return Optional.empty();
        }
        ImbalanceBarRecord partial = ImbalanceBarRecord.of(state(), false);
        bar.clear();
        theta = 0;
        nextSeq++;
        return Optional.of(partial);
    }

    /** The immutable snapshot to persist; with the history it resumes the session exactly. */
    public ImbalanceBarState state() {
        return new ImbalanceBarState(bar.snapshot(), new TickRule(lastPrice, lastSign), theta, expTicks, expImbalance,
                recentBarTicks, tradeCount, nextSeq, windowNumerator, absWindowNumerator, hardened);
    }

    /** Sets the hardened threshold and what derives from it (E[T] and E[imb] must be current). */
    private void setHardened(HardenedThreshold value) {
        hardened = value;
        threshold = ImbalanceBarState.threshold(expTicks, expImbalance, value);
        maxBarTicks = value.maxBarTicks(settings);
    }

    private ImbalanceBarRecord closeBar() {
        ImbalanceBarRecord closed = ImbalanceBarRecord.of(state(), true);
        List<Long> lengths = ExpectedTicks.lengthsAfter(recentBarTicks, closed.ticks(), settings.numPrevBars());
        double nextExpTicks = settings.constExpTicks() ? expTicks : ExpectedTicks.after(lengths, settings, hardened);
        // mlfinlab: E[imb] is recomputed with the new E[T], and stays undefined while n < E[T].
        boolean defined = tradeCount >= nextExpTicks;
        double nextExpImbalance = defined ? expectedImbalance.current(history, windowNumerator, false) : Double.NaN;
        HardenedThreshold next = hardened;
        if (next.anchored()) {
            double expAbs = defined ? expectedImbalance.current(history, absWindowNumerator, true) : Double.NaN;
            next = next.afterBar(closed.ticks(), expAbs, settings);
        }
        bar.clear();
        theta = 0;
        expTicks = nextExpTicks;
        expImbalance = nextExpImbalance;
        recentBarTicks = lengths;
        nextSeq++;
        setHardened(next);
        return closed;
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
    }
}
