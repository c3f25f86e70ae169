package io.tickflow.core.weights;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.ResolvedSession;
import io.tickflow.core.labels.TripleBarrierLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample weights of one ticker-session's events (AFML ch. 4, DESIGN.md "Sample weights"), as mlfinlab computes
 * them, over the session's bars:
 * <ul>
 *   <li>concurrency c_t = events with t0 ≤ t ≤ t1, both ends inclusive ({@code num_concurrent_events});</li>
 *   <li>average uniqueness = mean of 1/c_t over the event's bars (AFML snippet 4.2);</li>
 *   <li>return attribution = |Σ r_t / c_t| over the event's bars, r_t = ln(close_t / close_{t−1}), then scaled to
 *       sum to N (AFML snippet 4.10, {@code get_weights_by_return}). As there, the sum starts at t0's own bar, so
 *       it includes the return into the event bar; the session's first bar has no return (r = 0);</li>
 *   <li>time decay over cumulative uniqueness x (events by t0): d = max(0, a + b·x) with d = 1 at the newest
 *       event and d = c at x = 0 for c ≥ 0, or d = 0 up to x = −c·X for c &lt; 0 (AFML snippet 4.11,
 *       {@code get_weights_by_time_decay}).</li>
 * </ul>
 * When every event's attributed return is 0 (a flat session) the normalisation 0/0 is undefined; mlfinlab gives
 * NaN, here every return weight is 1 instead, so the weights still sum to N.
 */
public final class SampleWeights {
    private final WeightSettings settings;

    public SampleWeights(WeightSettings settings) {
        this.settings = settings;
    }

    /** Weights of every label of the session, in event order; empty for a session without events. */
    public List<EventWeight> of(ResolvedSession session) {
        List<TripleBarrierLabel> labels = session.labels();
        if (labels.isEmpty()) {
            return List.of();
        }
        int[][] spans = spans(session.path(), labels);
        int[] concurrency = Concurrency.counts(session.path().size(), spans);
        double[] returns = logReturns(session.path());
        double[] uniqueness = new double[labels.size()];
        double[] attributed = new double[labels.size()];
        for (int e = 0; e < labels.size(); e++) {
            double inverseSum = 0;
            double returnSum = 0;
            for (int t = spans[e][0]; t <= spans[e][1]; t++) {
                inverseSum += 1.0 / concurrency[t];
                returnSum += returns[t] / concurrency[t];
            }
            uniqueness[e] = inverseSum / (spans[e][1] - spans[e][0] + 1);
            attributed[e] = Math.abs(returnSum);
        }
        double[] returnWeights = normalisedToCount(attributed);
        double[] decay = TimeDecay.factors(uniqueness, settings.decay());
        List<EventWeight> out = new ArrayList<>(labels.size());
        for (int e = 0; e < labels.size(); e++) {
            TripleBarrierLabel label = labels.get(e);
            out.add(new EventWeight(label.eventSeq(), label.t0Nanos(), label.t1Nanos(), uniqueness[e],
                    returnWeights[e], decay[e]));
        }
        return out;
    }

    /** Each label's [first, last] bar index in the path. */
    private static int[][] spans(List<BarPoint> path, List<TripleBarrierLabel> labels) {
        Map<Integer, Integer> indexOfSeq = new HashMap<>(path.size() * 2);
        for (int i = 0; i < path.size(); i++) {
            indexOfSeq.put(path.get(i).seq(), i);
        }
        int[][] spans = new int[labels.size()][];
        for (int e = 0; e < labels.size(); e++) {
            TripleBarrierLabel label = labels.get(e);
            Integer from = indexOfSeq.get(label.eventSeq());
            Integer to = indexOfSeq.get(label.exitSeq());
            if (from == null || to == null || to < from) {
                throw new IllegalArgumentException("label of event seq " + label.eventSeq() + " (exit seq "
                        + label.exitSeq() + ") does not lie on the session's bars");
            }
            spans[e] = new int[] {from, to};
        }
        return spans;
    }

    private static double[] logReturns(List<BarPoint> path) {
        double[] r = new double[path.size()];
        for (int t = 1; t < path.size(); t++) {
            r[t] = Math.log(path.get(t).close() / path.get(t - 1).close());
        }
        return r;
    }

    private static double[] normalisedToCount(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = sum > 0 ? values[i] * values.length / sum : 1.0;
        }
        return out;
    }
}
