package io.tickflow.core.bars;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imbalance bars of one ticker across its sessions (DESIGN.md "Dollar-imbalance bars"): every session is built
 * independently (tick rule, E[T] and the imbalance history start fresh at its first eligible trade), a session's
 * unfinished bar is emitted with {@code complete = false} when the session closes, and in hardened mode E0[T] of
 * a session comes from the ticker's trailing trades per session.
 *
 * <p>Callers feed only eligible trades (see {@code SaleConditions}) in time order and call
 * {@link #closeSession} when the session's end has passed in event time. The streams processor and the batch
 * command both drive this class, so they cut sessions identically. Not thread-safe (it caches E[imb]'s weights):
 * one instance per thread.
 */
public final class TickerImbalanceBars {
    /** Sessions whose trade counts set E0[T] of the next one (hardened mode). */
    static final int TRAILING_SESSIONS = 5;
    /** Under {@link SessionScope#NONE} the whole stream is one session, dated by this placeholder. */
    public static final LocalDate CONTINUOUS_SESSION = LocalDate.EPOCH;

    private final ImbalanceBarSettings settings;
    private final SessionScope scope;
    private final long toleranceNanos;
    /** E[imb]'s weights, cached for the builders rebuilt at every trade: the reason an instance is per thread. */
    private final ExpectedImbalance expectedImbalance;

    /** Trades must arrive in time order: one earlier than the latest seen is refused. */
    public TickerImbalanceBars(ImbalanceBarSettings settings, SessionScope scope) {
        this(settings, scope, 0);
    }

    /**
     * @param toleranceNanos how far (event time) a trade may arrive behind the latest trade of its ticker and still
     *                       be applied in timestamp order; trades are held back this long, later ones are refused
     */
    public TickerImbalanceBars(ImbalanceBarSettings settings, SessionScope scope, long toleranceNanos) {
        if (toleranceNanos < 0) {
            throw new IllegalArgumentException("out-of-order tolerance must be >= 0: " + toleranceNanos);
        }
        this.settings = settings;
        this.scope = scope;
        this.toleranceNanos = toleranceNanos;
        this.expectedImbalance = new ExpectedImbalance(settings.imbalanceWindow());
    }

    /** A bar with the session it belongs to. */
    public record SessionBar(LocalDate session, ImbalanceBarRecord bar) {
    }

    /** The result of one trade: the new state, bars to emit (in order), or why the trade was refused. */
    public record Step(TickerBarsState state, List<SessionBar> bars, Optional<String> rejection) {
    }

    /** The session a trade timestamp belongs to under this scope. */
    public LocalDate sessionOf(long tsNanos) {
        return scope == SessionScope.NONE ? CONTINUOUS_SESSION : SessionClock.sessionDate(tsNanos);
    }

    /**
     * Applies one eligible trade.
     *
     * @param history the ticker's imbalance history; reset here when a new session starts
     */
    public Step onTrade(TickerBarsState state, long tsNanos, double price, double size, ImbalanceHistory history) {
        LocalDate session = sessionOf(tsNanos);
        List<SessionBar> out = new ArrayList<>(2);
        TickerBarsState current = state;
        if (current.session() != null && session.isBefore(current.session())) {
            return refuse(state, "trade of session " + session + " arrived after session " + current.session() + " began");
        }
        if (current.session() != null && session.equals(current.session()) && current.closed()) {
            return refuse(state, "trade arrived after session " + session + " was closed");
        }
        if (current.session() == null || session.isAfter(current.session())) {
            current = startSession(closeIfOpen(current, history, out), session, history);
        }
        if (current.maxSeenNanos() != Long.MIN_VALUE && tsNanos < current.maxSeenNanos() - toleranceNanos) {
            return refuse(state, "trade at " + tsNanos + " ns arrived " + (current.maxSeenNanos() - tsNanos)
                    + " ns after a later trade of its ticker; the out-of-order tolerance is " + toleranceNanos + " ns");
        }
        current = holdAndRelease(current, new PendingTrade(tsNanos, price, size), history, out);
        return new Step(current, out, Optional.empty());
    }

    /**
     * Adds a trade to the held-back ones, in timestamp order (after equal timestamps: arrival order), and applies
     * those now out of the tolerance window, in order. One list is built per trade, none when nothing is held back
     * and the trade is applied at once (tolerance 0, or a trade at least the tolerance behind the latest).
     */
    private TickerBarsState holdAndRelease(TickerBarsState state, PendingTrade trade, ImbalanceHistory history,
                                           List<SessionBar> out) {
        long maxSeen = Math.max(state.maxSeenNanos(), trade.tsNanos());
        long releaseUpTo = maxSeen - toleranceNanos;
        if (state.pending().isEmpty() && trade.tsNanos() <= releaseUpTo) {
            return apply(state, List.of(trade), 1, maxSeen, List.of(), history, out);
        }
        List<PendingTrade> pending = new ArrayList<>(state.pending().size() + 1);
        pending.addAll(state.pending());
        int at = pending.size();
        while (at > 0 && pending.get(at - 1).tsNanos() > trade.tsNanos()) {
            at--;
        }
        pending.add(at, trade);
        int released = 0;
        while (released < pending.size() && pending.get(released).tsNanos() <= releaseUpTo) {
            released++;
        }
        return apply(state, pending, released, maxSeen, pending.subList(released, pending.size()), history, out);
    }

    /** Applies the first {@code released} trades of {@code trades} and keeps {@code rest} held back. */
    private TickerBarsState apply(TickerBarsState state, List<PendingTrade> trades, int released, long maxSeen,
                                  List<PendingTrade> rest, ImbalanceHistory history, List<SessionBar> out) {
        ImbalanceBarState bars = state.bars();
        if (released > 0) {
            ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, bars, history, expectedImbalance);
            for (int i = 0; i < released; i++) {
                PendingTrade t = trades.get(i);
                builder.onTrade(t.tsNanos(), t.price(), t.size()).ifPresent(bar -> out.add(new SessionBar(state.session(), bar)));
            }
            bars = builder.state();
        }
        return new TickerBarsState(state.session(), state.closed(), bars, state.trailingSessionTrades(), maxSeen, rest);
    }

    /** Applies every held-back trade, in order. */
    private TickerBarsState releaseAll(TickerBarsState state, ImbalanceHistory history, List<SessionBar> out) {
        return state.pending().isEmpty() ? state
                : apply(state, state.pending(), state.pending().size(), state.maxSeenNanos(), List.of(), history, out);
    }

    /**
     * Closes the open session, emitting its unfinished bar (if it holds any trade) with {@code complete = false}.
     * Closing an already closed or never started session changes nothing.
     */
    public Step closeSession(TickerBarsState state, ImbalanceHistory history) {
        List<SessionBar> out = new ArrayList<>(1);
        TickerBarsState closed = closeIfOpen(state, history, out);
        return new Step(closed, out, Optional.empty());
    }

    /** Event time (ns) after which the session of this state is over and may be closed. */
    public long sessionEndNanos(LocalDate session) {
        return scope.endNanos(session);
    }

    private TickerBarsState closeIfOpen(TickerBarsState state, ImbalanceHistory history, List<SessionBar> out) {
        if (state.session() == null || state.closed()) {
            return state;
        }
        TickerBarsState flushed = releaseAll(state, history, out);
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, flushed.bars(), history, expectedImbalance);
        builder.closeSession().ifPresent(bar -> out.add(new SessionBar(flushed.session(), bar)));
        return flushed.closedWith(builder.state(), TRAILING_SESSIONS);
    }

    private TickerBarsState startSession(TickerBarsState previous, LocalDate session, ImbalanceHistory history) {
        history.reset();
        double initialExpTicks = settings.mode() == ImbalanceBarMode.HARDENED && !previous.trailingSessionTrades().isEmpty()
                ? settings.initialExpTicksFor(previous.meanTrailingTrades())
                : settings.initialExpTicks();
        return new TickerBarsState(session, false, ImbalanceBarState.initial(settings, initialExpTicks),
                previous.trailingSessionTrades(), Long.MIN_VALUE, List.of());
    }

    private static Step refuse(TickerBarsState state, String reason) {
        return new Step(state, List.of(), Optional.of(reason));
    }
}
