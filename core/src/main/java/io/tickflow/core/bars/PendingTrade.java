package io.tickflow.core.bars;

/**
 * An eligible trade held back because a later trade of its ticker may still arrive within the out-of-order
 * tolerance; it is applied in timestamp order once it falls out of that window.
 *
 * @param tsNanos trade time, ns since epoch
 * @param price   dollars per share
 * @param size    shares
 */
public record PendingTrade(long tsNanos, double price, double size) {
}
