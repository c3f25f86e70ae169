package io.tickflow.core.dataset;

/**
 * The bar an event starts on, as the dataset sees it at t0 (its close): everything here was known at t0.
 *
 * @param openTimeNanos  first trade, ns since epoch
 * @param closeTimeNanos last trade = t0, ns since epoch
 * @param dollarValue    Σ price·size, USD
 * @param theta          signed imbalance of the bar
 * @param threshold      E[T]·|E[imb]| the bar crossed; NaN when it closed before E[imb] was defined
 */
public record BarSnapshot(long openTimeNanos, long closeTimeNanos, double open, double high, double low, double close,
                          double volume, double buyVolume, long ticks, double dollarValue, double theta,
                          double threshold) {
}
