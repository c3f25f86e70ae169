package io.tickflow.core.alerts;

/**
 * What one rule said about one minute.
 *
 * @param alert          the alert fired, or {@code null}
 * @param withoutHistory the rule could not be tested for lack of prior sessions (so "no alert" means "unknown")
 */
record RuleVerdict(Alert alert, boolean withoutHistory) {
    static final RuleVerdict QUIET = new RuleVerdict(null, false);
    static final RuleVerdict NO_HISTORY = new RuleVerdict(null, true);

    static RuleVerdict fired(Alert alert) {
        return new RuleVerdict(alert, false);
    }
}
