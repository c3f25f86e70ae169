package io.tickflow.schemas.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SchemaRegistryClient} talks to the registry.
 *
 * <p>Retries cover 5xx answers and connection errors only: a 4xx is the caller's mistake and is never
 * retried. A request gives up after {@code maxAttempts} attempts or once {@code retryDeadline} has passed
 * since its first attempt, whichever comes first. Backoff doubles from {@code initialBackoff} up to
 * {@code maxBackoff}.
 *
 * @param url            registry base URL, possibly with {@code user:password@}; not null
 * @param maxAttempts    attempts per request including the first, at least 1
 * @param initialBackoff wait before the second attempt, not negative
 * @param maxBackoff     cap of the doubling wait, at least {@code initialBackoff}
 * @param retryDeadline  time budget of one request including all retries, positive
 * @param requestTimeout time budget of one HTTP exchange, positive
 */
public record RegistryClientSettings(String url, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                                     Duration retryDeadline, Duration requestTimeout) {

    public RegistryClientSettings {
        Objects.requireNonNull(url, "url");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
        if (retryDeadline.isZero() || retryDeadline.isNegative()
                || requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("retryDeadline and requestTimeout must be positive");
        }
    }

    /** 5 attempts, 100 ms doubling to 2 s, 30 s per request in all, 10 s per exchange. */
    public static RegistryClientSettings defaults(String url) {
        return new RegistryClientSettings(url, 5, Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** @return the wait before attempt {@code attempt + 1}, where {@code attempt} counts from 1 */
    Duration backoffAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 30);
        long millis = initialBackoff.toMillis() * factor;
        return millis > maxBackoff.toMillis() || millis < 0 ? maxBackoff : Duration.ofMillis(millis);
    }

    @Override
    public String toString() {
        return "RegistryClientSettings[url=" + RedactedUrl.redact(url) + ", maxAttempts=" + maxAttempts
                + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", retryDeadline=" + retryDeadline + ", requestTimeout=" + requestTimeout + "]";
    }
}
