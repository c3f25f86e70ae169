package io.tickflow.core.labels;

/**
 * A CUSUM event whose barriers no bar has touched yet.
 *
 * @param seq                   bar seq of t0
 * @param t0Nanos               close time of the event bar, ns since epoch
 * @param close                 close of the event bar, USD: returns are measured from it
 * @param target                σ at t0 (log-return units)
 * @param verticalSeq           first bar seq that is on the vertical barrier; {@link Integer#MAX_VALUE} when off
 * @param verticalTimeNanos     first close time on the vertical barrier; {@link Long#MAX_VALUE} when off
 */
public record PendingEvent(int seq, long t0Nanos, double close, double target, int verticalSeq,
                           long verticalTimeNanos) {

    /** Whether {@code bar} is at or past the vertical barrier (mlfinlab: first bar at or after t0 + Δ). */
    boolean verticalAt(BarPoint bar) {
        return bar.seq() >= verticalSeq || bar.closeTimeNanos() >= verticalTimeNanos;
    }
}
