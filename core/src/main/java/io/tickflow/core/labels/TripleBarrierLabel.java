package io.tickflow.core.labels;

/**
 * The label of one event (DESIGN.md "Triple barrier").
 *
 * @param eventSeq bar seq of t0
 * @param t0Nanos  close time of the event bar, ns since epoch
 * @param exitSeq  bar seq of t1 (equal to eventSeq when the session ended on the event bar)
 * @param t1Nanos  close time of the bar that touched a barrier, ns since epoch
 * @param touch    the barrier touched first
 * @param ret      log return close(t1) / close(t0)
 * @param target   σ at t0
 */
public record TripleBarrierLabel(int eventSeq, long t0Nanos, int exitSeq, long t1Nanos, Touch touch, double ret,
                                 double target) {

    /** sign(ret): −1, 0 or 1, the book's convention (AFML 3.4). */
    public int bin() {
        return (int) Math.signum(ret);
    }

    /** As {@link #bin}, but 0 for vertical exits: mlfinlab's {@code get_bins} with a vertical barrier. */
    public int binMlfinlab() {
        return touch == Touch.VERTICAL ? 0 : bin();
    }
}
