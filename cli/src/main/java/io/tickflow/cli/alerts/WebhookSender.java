package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alerts to a webhook (Slack-compatible body, {@link AlertJson#slackBody}) with {@code java.net.http}.
 * 5xx, 429 and I/O failures (timeouts, refused connections) are retried with exponential backoff (doubling from
 * the initial delay up to the cap); other 4xx answers are final, since resending the same body cannot succeed.
 * After the last attempt the alert is given up: the caller dead-letters it and moves on, so one broken receiver
 * never stalls the stream. The URL is never logged (Slack webhook URLs are credentials).
 */
public final class WebhookSender {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    /**
     * @param maxAttempts    attempts per alert, ≥ 1
     * @param initialBackoff wait before the second attempt; doubled for each later one
     * @param maxBackoff     longest wait between attempts
     * @param timeout        per-request timeout
     */
    public record Policy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout) {
        public Policy {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("webhook attempts must be >= 1: " + maxAttempts);
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(timeout, "timeout");
        }

        Duration backoffBefore(int attempt) {
            long ms = initialBackoff.toMillis() << Math.min(attempt - 2, 20);
            return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
        }
    }

    /** How a delivery ended: delivered, or given up with the last failure. */
    public record Result(boolean delivered, int attempts, String lastFailure) {
    }

    private final URI url;
    private final Policy policy;
    private final HttpClient http;

    public WebhookSender(URI url, Policy policy) {
        this.url = Objects.requireNonNull(url, "url");
        this.policy = policy;
        this.http = HttpClient.newBuilder().connectTimeout(policy.timeout()).build();
    }

    public Result send(Alert alert) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(policy.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AlertJson.slackBody(alert))).build();
        String failure = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(policy.backoffBefore(attempt).toMillis());
            }
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return new Result(true, attempt, null);
                }
                failure = "HTTP " + status;
                if (status != 429 && status < 500) {
                    return new Result(false, attempt, failure + " (not retried)");
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            LOG.warn("webhook attempt {}/{} for alert {} failed: {}", attempt, policy.maxAttempts(), alert.id(), failure);
        }
        return new Result(false, policy.maxAttempts(), failure);
    }
}
