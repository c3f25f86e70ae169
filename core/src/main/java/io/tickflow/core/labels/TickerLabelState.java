package io.tickflow.core.labels;

import java.time.LocalDate;
import java.util.List;

/**
 * The labelling state of one ticker: its current session, the labeler's state, and what the session's weights
 * will need once it closes (its bars and the labels resolved so far). A closed session keeps only its date, so
 * that late bars of it can be refused.
 *
 * @param session current session, null before the ticker's first bar
 * @param closed  whether that session has ended
 * @param labeler state of the session's labeler
 * @param path    the session's bars so far, in seq order
 * @param labels  the session's labels resolved so far
 */
public record TickerLabelState(LocalDate session, boolean closed, LabelerState labeler, List<BarPoint> path,
                               List<TripleBarrierLabel> labels) {
    public TickerLabelState {
        path = List.copyOf(path);
        labels = List.copyOf(labels);
    }

    /** A ticker never seen. */
    public static TickerLabelState initial() {
        return new TickerLabelState(null, false, LabelerState.initial(), List.of(), List.of());
    }

    /** The last bar of the open session, or null. */
    public BarPoint lastBar() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }
}
