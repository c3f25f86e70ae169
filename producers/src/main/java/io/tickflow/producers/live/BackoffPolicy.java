package io.tickflow.producers.live;

import java.time.Duration;
import java.util.Objects;

/**
 * Delay before reconnect attempt {@code n} (0-based): {@code base = min(max, initial * multiplier^n)}, then jitter
 * takes up to {@code jitter * base} off it, at random. Jitter keeps many clients that lost the same server from
 * reconnecting in the same instant (the "thundering herd"); the floor of {@code (1 - jitter) * base} keeps the
 * exponential spacing. Pure: the random draw is a parameter.
 *
 * @param initial    delay of the first attempt before jitter; &gt; 0
 * @param max        cap of the delay before jitter; &ge; initial
 * @param multiplier growth per attempt; &ge; 1
 * @param jitter     fraction in [0, 1] of the delay that is random
 */
public record BackoffPolicy(Duration initial, Duration max, double multiplier, double jitter) {

    public BackoffPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " and " + max);
        }
        if (!(multiplier >= 1) || !(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff needs multiplier >= 1 and jitter in [0, 1]");
        }
    }

    /** 500 ms doubling to 30 s, half of it random. */
    public static BackoffPolicy defaults() {
        return new BackoffPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.5);
    }

    /**
     * @param attempt  0 for the first reconnect after a connection ended
     * @param random01 a uniform draw in [0, 1)
     */
    public Duration delay(int attempt, double random01) {
        double base = Math.min(max.toNanos(), initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt)));
        return Duration.ofNanos((long) (base * (1 - jitter * random01)));
    }
}
