package io.tickflow.producers.download;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs with retries, backoff and spacing between requests. Retries 429, 5xx, timeouts and broken connections
 * (waiting {@link RetryPolicy#backoffBefore}, or a server's {@code Retry-After} in seconds when it asks for
 * longer); every other status is final. Extra headers (e.g. {@code Authorization}) are sent but never logged:
 * only the URL is, and URLs never carry credentials here.
 */
public final class PoliteHttp {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttp.class);
    private static final int SNIPPET_CHARS = 200;

    private final HttpClient client;
    private final RetryPolicy policy;
    private final Map<String, String> secretHeaders;
    private long lastStartNanos;
    private boolean started;

    /**
     * @param secretHeaders headers added to every request (Authorization, User-Agent), never logged since they may hold credentials; may be empty
     */
    public PoliteHttp(RetryPolicy policy, Map<String, String> secretHeaders) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.secretHeaders = Map.copyOf(secretHeaders);
        this.client = HttpClient.newBuilder().connectTimeout(policy.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * GETs {@code uri}; on 200 writes the body to {@code bodyTo} (replacing it), else leaves it absent.
     *
     * @throws InterruptedException when interrupted while waiting; nothing is marked done then
     */
    public HttpAnswer get(URI uri, Path bodyTo) throws InterruptedException {
        HttpAnswer last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (attempt > 1) {
                sleep(waitBefore(attempt, last));
            }
            last = once(uri, bodyTo, attempt);
            if (!HttpAnswer.retriable(last.status())) {
                return last;
            }
            LOG.info("{}: attempt {} of {} answered {}", uri, attempt, policy.maxAttempts(), last.detail());
        }
        return last;
    }

    private HttpAnswer once(URI uri, Path bodyTo, int attempt) throws InterruptedException {
        space();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout()).GET();
        secretHeaders.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 200) {
                    Files.copy(body, bodyTo, StandardCopyOption.REPLACE_EXISTING);
                    return new HttpAnswer(200, attempt, "", -1);
                }
                long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(-1);
                return new HttpAnswer(response.statusCode(), attempt, "HTTP " + response.statusCode() + ": "
                        + snippet(body), retryAfter);
            }
        } catch (IOException e) {
            deleteQuietly(bodyTo);
            return new HttpAnswer(HttpAnswer.NO_ANSWER, attempt, e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        }
    }

    private Duration waitBefore(int attempt, HttpAnswer last) {
        Duration backoff = policy.backoffBefore(attempt);
        if (last.status() == 429 && last.retryAfterSeconds() > 0) {
            Duration asked = Duration.ofSeconds(last.retryAfterSeconds());
            Duration capped = asked.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : asked;
            return capped.compareTo(backoff) > 0 ? capped : backoff;
        }
        return backoff;
    }

    /** Waits so that two request starts are at least minInterval apart. */
    private void space() throws InterruptedException {
        long now = System.nanoTime();
        if (started) {
            long due = lastStartNanos + policy.minInterval().toNanos();
            if (due > now) {
                sleep(Duration.ofNanos(due - now));
                now = System.nanoTime();
            }
        }
        started = true;
        lastStartNanos = now;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete partial body {}: {}", file, e.getMessage());
        }
    }

    private static String snippet(InputStream body) throws IOException {
        String text = new String(body.readNBytes(SNIPPET_CHARS), StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ").strip();
    }
}
