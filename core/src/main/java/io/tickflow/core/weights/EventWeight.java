package io.tickflow.core.weights;

/**
 * The sample weights of one labelled event.
 *
 * @param eventSeq       bar seq of t0
 * @param t0Nanos        event start, ns since epoch
 * @param t1Nanos        event end, ns since epoch
 * @param avgUniqueness  mean of 1/c_t over the event's bars, in (0, 1]
 * @param returnWeight   |Σ r_t / c_t| over the event's bars, scaled so the session's weights sum to N
 * @param timeDecay      time-decay factor over cumulative uniqueness, in [0, 1]; the newest event has 1
 */
public record EventWeight(int eventSeq, long t0Nanos, long t1Nanos, double avgUniqueness, double returnWeight,
                          double timeDecay) {

    /** The weight to train with: return attribution × time decay. */
    public double weight() {
        return returnWeight * timeDecay;
    }
}
