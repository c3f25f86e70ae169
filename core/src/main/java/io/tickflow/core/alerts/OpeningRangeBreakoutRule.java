package io.tickflow.core.alerts;

import java.util.Locale;
import java.util.Map;

/**
 * Opening-range breakout: the first minute after the opening range (the session's first
 * {@code opening_range_minutes} minutes) whose high is strictly above the range's high: a new intraday high once
 * the range is set. A high equal to the range's high is no breakout. A session with no trade inside the range has
 * no range and no breakout.
 */
final class OpeningRangeBreakoutRule {
    private OpeningRangeBreakoutRule() {
    }

    static RuleVerdict evaluate(MinuteContext c) {
        int rangeMinutes = c.settings().openingRangeMinutes();
        double rangeHigh = c.after().openingRangeHigh();
        if (c.minuteIndex() < rangeMinutes || Double.isNaN(rangeHigh) || !(c.bar().high() > rangeHigh)) {
            return RuleVerdict.QUIET;
        }
        String message = String.format(Locale.ROOT, "%s opening-range breakout at %s: high %.4f > %d-minute range high %.4f",
                c.ticker(), c.time(), c.bar().high(), rangeMinutes, rangeHigh);
        return RuleVerdict.fired(Alert.of(AlertKind.OPENING_RANGE_BREAKOUT, c.ticker(), c.after().session(),
                c.bar().windowStartNanos(), Map.of("high", c.bar().high(), "opening_range_high", rangeHigh),
                Map.of("opening_range_minutes", (double) rangeMinutes), message));
    }
}
