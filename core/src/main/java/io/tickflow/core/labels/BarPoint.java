package io.tickflow.core.labels;

/**
 * One bar of a ticker-session's price path, as labels and weights need it.
 *
 * @param seq            bar number in its session (increasing, from 0)
 * @param closeTimeNanos time of the bar's last trade, ns since epoch
 * @param close          last trade price, USD; positive
 */
public record BarPoint(int seq, long closeTimeNanos, double close) {
}
