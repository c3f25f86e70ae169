package io.tickflow.core.weights;

/**
 * Sample-weight settings (DESIGN.md "Sample weights", AFML 4.5).
 *
 * @param decay c of AFML's time decay, in (−1, 1]: 1 means no decay; 0 decays linearly to 0 for the oldest
 *              event; c &lt; 0 gives weight 0 to the oldest fraction −c of cumulative uniqueness
 */
public record WeightSettings(double decay) {
    public WeightSettings {
        if (!(decay > -1.0 && decay <= 1.0)) {
            throw new IllegalArgumentException("decay must be in (-1, 1]: " + decay);
        }
    }

    /** No time decay (c = 1). */
    public static WeightSettings defaults() {
        return new WeightSettings(1.0);
    }
}
