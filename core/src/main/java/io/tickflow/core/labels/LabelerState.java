package io.tickflow.core.labels;

import java.util.List;

/**
 * What the labeler of one ticker-session remembers between bars: a few numbers and the events still open.
 *
 * @param volatility EWM std of the session's bar log returns
 * @param cusum      CUSUM sums
 * @param last       the last bar seen, null before the first
 * @param pending    open events, oldest first
 */
public record LabelerState(EwmStd volatility, CusumFilter cusum, BarPoint last, List<PendingEvent> pending) {
    public LabelerState {
        pending = List.copyOf(pending);
    }

    /** The state at a session's first bar. */
    public static LabelerState initial() {
        return new LabelerState(EwmStd.empty(), CusumFilter.empty(), null, List.of());
    }
}
