package io.tickflow.core.alerts;

import io.tickflow.core.universe.InfoRichRules;
import java.util.Locale;
import java.util.Map;

/**
 * The four alert rules tested on each trade (see {@link AlertKind}), over the session so far including the trade.
 * They are the minute rules ({@link InfoRichCrossingRule}, {@link VolumeSpikeRule}, {@link GapUpRule},
 * {@link OpeningRangeBreakoutRule}) moved from a minute's close to the trade that makes them pass:
 * <ul>
 *   <li>info-rich crossing: time-of-day RVOL = volume so far / the prior sessions' mean cumulative volume through the
 *       current minute (the whole minute: today's part of a minute against the past's whole, so it never fires
 *       earlier than the evidence), % change of the last price from the previous close, dollar volume so far, and
 *       the last price inside the band; every comparison inclusive, no cap rule intraday;</li>
 *   <li>volume spike: the current minute's volume so far ≥ {@code spike_multiple} × that minute's time-of-day mean
 *       (fires within the minute, on the trade that crosses, not at the minute's close);</li>
 *   <li>gap up: the session's first eligible trade at least {@code gap_up} above the previous close;</li>
 *   <li>opening-range breakout: the first trade after the opening range priced strictly above the range's high.</li>
 * </ul>
 */
final class TradeRules {
    private TradeRules() {
    }

    static RuleVerdict infoRich(TradeContext c) {
        TradeSessionState s = c.after();
        Double rvol = c.baseline().rvolAt(s.volume(), c.minuteIndex());
        if (rvol == null || s.previousClose() == null) {
            return RuleVerdict.NO_HISTORY; // < 10 prior sessions, a zero mean, or the ticker's first session
        }
        InfoRichRules r = c.settings().infoRich();
        double price = s.lastPrice();
        double pctChg = price / s.previousClose() - 1;
        if (!(rvol >= r.rvol() && Math.abs(pctChg) >= r.pctchg() && s.dollarVolume() >= r.dvol()
                && price >= r.minPrice() && price <= r.maxPrice())) {
            return RuleVerdict.QUIET;
        }
        String message = String.format(Locale.ROOT,
                "%s info-rich at %s: RVOL %.2f >= %.2f, change %+.1f%% (|.| >= %.1f%%), $%,.0f >= $%,.0f, price %.4f in [%.2f, %.2f]",
                c.ticker(), c.time(), rvol, r.rvol(), 100 * pctChg, 100 * r.pctchg(), s.dollarVolume(), r.dvol(),
                price, r.minPrice(), r.maxPrice());
        return fired(c, AlertKind.INFO_RICH_CROSSING,
                Map.of("rvol_tod", rvol, "pct_chg", pctChg, "dollar_volume", s.dollarVolume(), "price", price,
                        "previous_close", s.previousClose()),
                Map.of("rvol", r.rvol(), "pctchg", r.pctchg(), "dvol", r.dvol(), "min_price", r.minPrice(),
                        "max_price", r.maxPrice()), message);
    }

    static RuleVerdict volumeSpike(TradeContext c) {
        AlertSettings settings = c.settings();
        Double average = c.baseline().minuteAverage(c.minuteIndex(), settings.spikeMinHistory());
        if (average == null) {
            return RuleVerdict.NO_HISTORY;
        }
        double volume = c.after().minuteVolume();
        if (!(average > 0) || volume < settings.spikeMultiple() * average) {
            return RuleVerdict.QUIET; // a zero mean gives no ratio: any volume would be an infinite spike
        }
        double ratio = volume / average;
        String message = String.format(Locale.ROOT,
                "%s volume spike at %s: %,.0f shares this minute so far = %.1fx the %d-session average %,.0f (>= %.1fx)",
                c.ticker(), c.time(), volume, ratio, c.baseline().sessions(), average, settings.spikeMultiple());
        return fired(c, AlertKind.VOLUME_SPIKE,
                Map.of("volume", volume, "tod_average", average, "ratio", ratio,
                        "history_sessions", (double) c.baseline().sessions()),
                Map.of("spike_multiple", settings.spikeMultiple(), "spike_min_history",
                        (double) settings.spikeMinHistory()), message);
    }

    static RuleVerdict gapUp(TradeContext c) {
        if (!c.before().beforeFirstTrade()) {
            return RuleVerdict.QUIET; // a gap is a property of the open; later rises are the other rules'
        }
        Double previousClose = c.before().previousClose();
        if (previousClose == null) {
            return RuleVerdict.NO_HISTORY;
        }
        double gap = c.price() / previousClose - 1;
        double threshold = c.settings().gapUp();
        if (gap < threshold) {
            return RuleVerdict.QUIET;
        }
        String message = String.format(Locale.ROOT, "%s gap up at %s: open %.4f vs previous close %.4f = %+.1f%% (>= %.1f%%)",
                c.ticker(), c.time(), c.price(), previousClose, 100 * gap, 100 * threshold);
        return fired(c, AlertKind.GAP_UP, Map.of("open", c.price(), "previous_close", previousClose, "gap", gap),
                Map.of("gap_up", threshold), message);
    }

    static RuleVerdict openingRangeBreakout(TradeContext c) {
        int rangeMinutes = c.settings().openingRangeMinutes();
        double rangeHigh = c.after().openingRangeHigh();
        if (c.minuteIndex() < rangeMinutes || Double.isNaN(rangeHigh) || !(c.price() > rangeHigh)) {
            return RuleVerdict.QUIET; // no trade in the range: no range, no breakout; equal to the high: none
        }
        String message = String.format(Locale.ROOT, "%s opening-range breakout at %s: price %.4f > %d-minute range high %.4f",
                c.ticker(), c.time(), c.price(), rangeMinutes, rangeHigh);
        return fired(c, AlertKind.OPENING_RANGE_BREAKOUT, Map.of("price", c.price(), "opening_range_high", rangeHigh),
                Map.of("opening_range_minutes", (double) rangeMinutes), message);
    }

    private static RuleVerdict fired(TradeContext c, AlertKind kind, Map<String, Double> values,
                                     Map<String, Double> thresholds, String message) {
        return RuleVerdict.fired(Alert.of(kind, c.ticker(), c.after().session(), c.tsNanos(), values, thresholds,
                message));
    }
}
