package io.tickflow.core.dataset;

/**
 * The ticker's daily metrics of the last session before the event's session: the most recent daily row that was
 * complete at t0 (the event's own session is still running at t0, so its row is never used).
 *
 * @param closeD      close_d, USD
 * @param dollarVolD  dollar_vol_d, USD
 * @param pctChgD     pct_chg_d; null on a ticker's first session
 * @param rvol30      rvol30; null with fewer than 10 prior sessions
 */
public record PriorSession(double closeD, double dollarVolD, Double pctChgD, Double rvol30) {
}
