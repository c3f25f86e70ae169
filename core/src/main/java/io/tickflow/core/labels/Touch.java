package io.tickflow.core.labels;

/** Which barrier ended an event (AFML 3.4). */
public enum Touch {
    /** The upper, profit-taking barrier. */
    PT,
    /** The lower, stop-loss barrier. */
    SL,
    /** The vertical barrier: N bars, M minutes, or the session end. */
    VERTICAL
}
