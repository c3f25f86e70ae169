package io.tickflow.core.labels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Triple-barrier labels of one ticker across its sessions. Each session is labelled on its own (σ, the CUSUM sums
 * and open events start fresh), as bars are built per session, and no event outlives its session. A session closes
 * when a bar of a later session arrives, when its unfinished last bar ({@code complete = false}) arrives, or when
 * the caller calls {@link #closeSession} after the session's end in event time. Closing yields the
 * {@link ResolvedSession} that sample weights are computed from.
 *
 * <p>The streams processor and the batch command both drive this class, so they label identically.
 */
public final class TickerLabels {
    private final TripleBarrierLabeler labeler;

    public TickerLabels(LabelSettings settings) {
        this.labeler = new TripleBarrierLabeler(settings);
    }

    /** A label with the session it belongs to. */
    public record SessionLabel(LocalDate session, TripleBarrierLabel label) {
    }

    /**
     * The result of one bar or close.
     *
     * @param labels    labels resolved, in order of resolution (by event seq within one bar)
     * @param closed    sessions this step closed, oldest first (at most two: the previous one and a one-bar session)
     * @param rejection why the bar was refused (state unchanged), if it was
     */
    public record Step(TickerLabelState state, List<SessionLabel> labels, List<ResolvedSession> closed,
                       Optional<String> rejection) {
    }

    /**
     * Applies one bar of the ticker.
     *
     * @param session  the bar's session
     * @param complete false for a session's last, unfinished bar: the session closes after it
     */
    public Step onBar(TickerLabelState state, LocalDate session, BarPoint bar, boolean complete) {
        Optional<String> refusal = refusal(state, session, bar);
        if (refusal.isPresent()) {
            return new Step(state, List.of(), List.of(), refusal);
        }
        List<SessionLabel> labels = new ArrayList<>();
        List<ResolvedSession> closed = new ArrayList<>(2);
        TickerLabelState current = state;
        if (current.session() == null || session.isAfter(current.session())) {
            current = closeIfOpen(current, labels, closed);
            current = new TickerLabelState(session, false, LabelerState.initial(), List.of(), List.of());
        }
        TripleBarrierLabeler.Step step = labeler.onBar(current.labeler(), bar);
        step.labels().forEach(label -> labels.add(new SessionLabel(session, label)));
        current = new TickerLabelState(session, false, step.state(), append(current.path(), bar),
                concat(current.labels(), step.labels()));
        if (!complete) {
            current = closeIfOpen(current, labels, closed);
        }
        return new Step(current, labels, closed, Optional.empty());
    }

    /** Closes the open session; closing a closed or never started one changes nothing. */
    public Step closeSession(TickerLabelState state) {
        List<SessionLabel> labels = new ArrayList<>();
        List<ResolvedSession> closed = new ArrayList<>(1);
        TickerLabelState after = closeIfOpen(state, labels, closed);
        return new Step(after, labels, closed, Optional.empty());
    }

    private TickerLabelState closeIfOpen(TickerLabelState state, List<SessionLabel> labels,
                                         List<ResolvedSession> closed) {
        if (state.session() == null || state.closed()) {
            return state;
        }
        List<TripleBarrierLabel> last = labeler.closeSession(state.labeler());
        last.forEach(label -> labels.add(new SessionLabel(state.session(), label)));
        List<TripleBarrierLabel> all = new ArrayList<>(concat(state.labels(), last));
        all.sort((a, b) -> Integer.compare(a.eventSeq(), b.eventSeq()));
        closed.add(new ResolvedSession(state.session(), state.path(), all));
        return new TickerLabelState(state.session(), true, LabelerState.initial(), List.of(), List.of());
    }

    private static Optional<String> refusal(TickerLabelState state, LocalDate session, BarPoint bar) {
        if (!(bar.close() > 0) || Double.isInfinite(bar.close())) {
            return Optional.of("bar close " + bar.close() + " is not a positive price");
        }
        if (state.session() == null || session.isAfter(state.session())) {
            return Optional.empty();
        }
        if (session.isBefore(state.session())) {
            return Optional.of("bar of session " + session + " arrived after session " + state.session() + " began");
        }
        if (state.closed()) {
            return Optional.of("bar arrived after session " + session + " was closed");
        }
        BarPoint last = state.lastBar();
        if (last != null && bar.seq() <= last.seq()) {
            return Optional.of("bar seq " + bar.seq() + " is not after seq " + last.seq() + " (duplicate or out of order)");
        }
        return Optional.empty();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
