package io.tickflow.core.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features of one labelled event, from what was known at its t0 (the seed's {@code build_ml_dataset.py}):
 * the event bar's shape and flow, and the previous session's daily metrics and short-data features. A value that cannot be computed
 * (no prior session, zero volume, undefined threshold) is null, never a made-up number.
 */
public final class EventFeatures {
    private EventFeatures() {
    }

    /**
     * @param prior the previous session's metrics, or null when the ticker has none
     * @return feature name → value (null where undefined), in a stable order
     */
    public static Map<String, Double> of(BarSnapshot bar, PriorSession prior) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("bar_log_ret", Math.log(bar.close() / bar.open()));
        f.put("bar_range", bar.high() / bar.low() - 1);
        f.put("bar_ticks", (double) bar.ticks());
        f.put("bar_volume", bar.volume());
        f.put("bar_dollar_value", bar.dollarValue());
        f.put("bar_buy_ratio", bar.volume() > 0 ? bar.buyVolume() / bar.volume() : null);
        f.put("bar_duration_s", (bar.closeTimeNanos() - bar.openTimeNanos()) / 1e9);
        f.put("bar_imbalance_ratio", Double.isNaN(bar.threshold()) || bar.threshold() == 0 ? null
                : bar.theta() / bar.threshold());
        f.put("prev_close_d", prior == null ? null : prior.closeD());
        f.put("prev_dollar_vol_d", prior == null ? null : prior.dollarVolD());
        f.put("prev_pct_chg_d", prior == null ? null : prior.pctChgD());
        f.put("prev_rvol30", prior == null ? null : prior.rvol30());
        f.put("close_vs_prev_close", prior == null || prior.closeD() <= 0 ? null : bar.close() / prior.closeD() - 1);
        if (prior != null) {
            prior.shortFeatures().forEach((name, value) -> f.put("prev_" + name, value));
        }
        return f;
    }
}
