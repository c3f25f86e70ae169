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
 * command both drive this class, so they cut sessions identically.
 */
public final class TickerImbalanceBars {
    /** Sessions whose trade counts set E0[T] of the next one (hardened mode). */
    static final int TRAILING_SESSIONS = 5;
    /** Under {@link SessionScope#NONE} the whole stream is one session, dated by this placeholder. */
    public static final LocalDate CONTINUOUS_SESSION = LocalDate.EPOCH;

    private final ImbalanceBarSettings settings;
    private final SessionScope scope;

    public TickerImbalanceBars(ImbalanceBarSettings settings, SessionScope scope) {
        this.settings = settings;
        this.scope = scope;
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
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, current.bars(), history);
        builder.onTrade(tsNanos, price, size).ifPresent(bar -> out.add(new SessionBar(session, bar)));
        return new Step(current.withBars(builder.state()), out, Optional.empty());
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
        return switch (scope) {
            case REGULAR -> SessionClock.regularEndNanos(session);
            case EXTENDED -> SessionClock.extendedEndNanos(session);
            case NONE -> Long.MAX_VALUE;
        };
    }

    private TickerBarsState closeIfOpen(TickerBarsState state, ImbalanceHistory history, List<SessionBar> out) {
        if (state.session() == null || state.closed()) {
            return state;
        }
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, state.bars(), history);
        builder.closeSession().ifPresent(bar -> out.add(new SessionBar(state.session(), bar)));
        return state.closedWith(builder.state(), TRAILING_SESSIONS);
    }

    private TickerBarsState startSession(TickerBarsState previous, LocalDate session, ImbalanceHistory history) {
        history.reset();
        double initialExpTicks = settings.mode() == ImbalanceBarMode.HARDENED && !previous.trailingSessionTrades().isEmpty()
                ? settings.initialExpTicksFor(previous.meanTrailingTrades())
                : settings.initialExpTicks();
        return new TickerBarsState(session, false, ImbalanceBarState.initial(initialExpTicks),
                previous.trailingSessionTrades());
    }

    private static Step refuse(TickerBarsState state, String reason) {
        return new Step(state, List.of(), Optional.of(reason));
    }
}
