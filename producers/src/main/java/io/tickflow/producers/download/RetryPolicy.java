package io.tickflow.producers.download;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how stubbornly a downloader asks a server.
 *
 * @param maxAttempts    attempts per URL, first one included (&gt;= 1); 429, 5xx, timeouts and broken connections
 *                       are retried, every other answer is final
 * @param initialBackoff wait before the second attempt; doubled per further attempt
 * @param maxBackoff     upper bound of a wait, also of a server's {@code Retry-After}
 * @param requestTimeout time allowed until the answer's headers arrive
 * @param minInterval    least time between the starts of two requests to the same server (politeness: the SEC
 *                       asks for at most 10 requests per second, FINRA and Polygon throttle bursts with 403/429)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout,
                          Duration minInterval) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(minInterval, "minInterval");
    }

    /** Wait before attempt {@code attempt} (2 = first retry): initial · 2^(attempt−2), capped at maxBackoff. */
    public Duration backoffBefore(int attempt) {
        int doublings = Math.min(Math.max(0, attempt - 2), 30);
        long millis = initialBackoff.toMillis() << doublings;
        return millis < 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }
}
