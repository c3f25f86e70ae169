package io.tickflow.core.dataset;

import java.util.Map;

/**
 * The ticker's daily metrics of the last session before the event's session: the most recent daily row that was
 * complete at t0 (the event's own session is still running at t0, so its row is never used).
 *
 * @param closeD      close_d, USD
 * @param dollarVolD  dollar_vol_d, USD
 * @param pctChgD     pct_chg_d; null on a ticker's first session
 * @param rvol30      rvol30; null with fewer than 10 prior sessions
 * @param shortFeatures the short-data features of that row, as public at that row's time (empty when none); they
 *                      were fixed before t0, so they can only be staler than t0 allows, never newer
 */
public record PriorSession(double closeD, double dollarVolD, Double pctChgD, Double rvol30,
                           Map<String, Double> shortFeatures) {
    public PriorSession {
        shortFeatures = shortFeatures == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(shortFeatures));
    }

    /** A prior session without short-data features. */
    public PriorSession(double closeD, double dollarVolD, Double pctChgD, Double rvol30) {
        this(closeD, dollarVolD, pctChgD, rvol30, Map.of());
    }
}
