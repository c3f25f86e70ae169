package io.tickflow.core.trades;

/**
 * Whether a trade may enter bar building, and if not, why: callers count each reason so that
 * {@code read = accepted + Σ excluded} always adds up.
 */
public enum BarEligibility {
    /** The trade updates price and volume of the bars. */
    ELIGIBLE,
    /** Its timestamp is outside the chosen {@link io.tickflow.core.calendar.SessionScope}. */
    OUTSIDE_SESSION,
    /** One of its sale conditions makes its price unfit for bars (late, averaged, contingent, …). */
    INELIGIBLE_CONDITION,
    /** Polygon's {@code correction} says the trade was cancelled, marked erroneous, or is a correction record. */
    CANCELLED,
    /** Price or size is zero, negative or not a finite number. */
    NON_POSITIVE
}
