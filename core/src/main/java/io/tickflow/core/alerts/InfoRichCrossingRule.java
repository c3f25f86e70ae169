package io.tickflow.core.alerts;

import io.tickflow.core.universe.InfoRichRules;
import java.util.Locale;
import java.util.Map;

/**
 * Info-rich crossing: the first minute of a ticker-session where the info-rich rules (DESIGN.md "Info-rich") all
 * pass on the session so far: time-of-day RVOL ≥ rvol, |close / previous close − 1| ≥ pctchg, dollar volume so far
 * ≥ dvol, min_price ≤ close ≤ max_price. Every comparison is inclusive, as in {@link InfoRichRules#evaluate}.
 * The cap rule is left out: no market cap feeds the intraday path (the daily flag applies it).
 */
final class InfoRichCrossingRule {
    private InfoRichCrossingRule() {
    }

    static RuleVerdict evaluate(MinuteContext c) {
        SessionAlertState s = c.after();
        Double rvol = c.baseline().rvolAt(s.volume(), c.minuteIndex());
        if (rvol == null) {
            return RuleVerdict.NO_HISTORY; // fewer than 10 prior sessions (or a zero mean): no evidence either way
        }
        if (s.previousClose() == null) {
            return RuleVerdict.NO_HISTORY; // the ticker's first session: no previous close
        }
        InfoRichRules r = c.settings().infoRich();
        double pctChg = s.lastClose() / s.previousClose() - 1;
        boolean pass = rvol >= r.rvol() && Math.abs(pctChg) >= r.pctchg() && s.dollarVolume() >= r.dvol()
                && s.lastClose() >= r.minPrice() && s.lastClose() <= r.maxPrice();
        if (!pass) {
            return RuleVerdict.QUIET;
        }
        String message = String.format(Locale.ROOT,
                "%s info-rich at %s: RVOL %.2f >= %.2f, change %+.1f%% (|.| >= %.1f%%), $%,.0f >= $%,.0f, close %.4f in [%.2f, %.2f]",
                c.ticker(), c.time(), rvol, r.rvol(), 100 * pctChg, 100 * r.pctchg(), s.dollarVolume(), r.dvol(),
                s.lastClose(), r.minPrice(), r.maxPrice());
        return RuleVerdict.fired(Alert.of(AlertKind.INFO_RICH_CROSSING, c.ticker(), s.session(),
                c.bar().windowStartNanos(),
                Map.of("rvol_tod", rvol, "pct_chg", pctChg, "dollar_volume", s.dollarVolume(), "close", s.lastClose(),
                        "previous_close", s.previousClose()),
                Map.of("rvol", r.rvol(), "pctchg", r.pctchg(), "dvol", r.dvol(), "min_price", r.minPrice(),
                        "max_price", r.maxPrice()),
                message));
    }
}
