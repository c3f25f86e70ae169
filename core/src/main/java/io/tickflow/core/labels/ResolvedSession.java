package io.tickflow.core.labels;

import java.time.LocalDate;
import java.util.List;

/**
 * A ticker-session whose every event has a label: what sample weights are computed from.
 *
 * @param session the session date
 * @param path    the session's bars in seq order
 * @param labels  every label of the session, by event seq
 */
public record ResolvedSession(LocalDate session, List<BarPoint> path, List<TripleBarrierLabel> labels) {
    public ResolvedSession {
        path = List.copyOf(path);
        labels = List.copyOf(labels);
    }
}
