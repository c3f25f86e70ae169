package io.tickflow.core.weights;

/**
 * Time-decay factors over cumulative uniqueness (AFML 4.5.4, snippet 4.11; mlfinlab {@code get_weights_by_time_decay}).
 * With X the total uniqueness and x_e the cumulative uniqueness up to event e (events by t0):
 * slope b = (1 − c) / X for c ≥ 0, else 1 / ((c + 1)·X); a = 1 − b·X; d_e = max(0, a + b·x_e). So the newest
 * event gets 1 and, for c ≥ 0, a hypothetical event at x = 0 gets c.
 */
final class TimeDecay {
    private TimeDecay() {
    }

    /** @param uniqueness average uniqueness per event, in t0 order (all positive) */
    static double[] factors(double[] uniqueness, double c) {
        double[] cumulative = new double[uniqueness.length];
        double total = 0;
        for (int e = 0; e < uniqueness.length; e++) {
            total += uniqueness[e];
            cumulative[e] = total;
        }
        double slope = c >= 0 ? (1.0 - c) / total : 1.0 / ((c + 1.0) * total);
        double intercept = 1.0 - slope * total;
        double[] out = new double[uniqueness.length];
        for (int e = 0; e < uniqueness.length; e++) {
            out[e] = Math.max(0.0, intercept + slope * cumulative[e]);
        }
        out[out.length - 1] = 1.0; // exactly 1 for the newest, whatever rounding a + b·X left
        return out;
    }
}
