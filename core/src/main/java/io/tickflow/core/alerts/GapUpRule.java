package io.tickflow.core.alerts;

import java.util.Locale;
import java.util.Map;

/**
 * Gap up: the session's first minute opens at least {@code gap_up} above the previous session's close
 * ({@code open / previous_close − 1 ≥ gap_up}). Only the first minute in scope is tested: a gap is a property of
 * the open, and a later rise is what the other rules are for. The previous close is not split-adjusted, so a
 * reverse split shows as a gap up.
 */
final class GapUpRule {
    private GapUpRule() {
    }

    static RuleVerdict evaluate(MinuteContext c) {
        if (!c.before().beforeFirstMinute()) {
            return RuleVerdict.QUIET;
        }
        Double previousClose = c.before().previousClose();
        if (previousClose == null) {
            return RuleVerdict.NO_HISTORY;
        }
        double open = c.bar().open();
        double gap = open / previousClose - 1;
        double threshold = c.settings().gapUp();
        if (gap < threshold) {
            return RuleVerdict.QUIET;
        }
        String message = String.format(Locale.ROOT, "%s gap up at %s: open %.4f vs previous close %.4f = %+.1f%% (>= %.1f%%)",
                c.ticker(), c.time(), open, previousClose, 100 * gap, 100 * threshold);
        return RuleVerdict.fired(Alert.of(AlertKind.GAP_UP, c.ticker(), c.after().session(), c.bar().windowStartNanos(),
                Map.of("open", open, "previous_close", previousClose, "gap", gap), Map.of("gap_up", threshold), message));
    }
}
