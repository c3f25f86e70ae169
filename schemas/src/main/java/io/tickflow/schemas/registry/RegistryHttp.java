package io.tickflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTP to a Confluent-compatible registry, with the retry policy of
 * {@link RegistryClientSettings}. 2xx answers come back as parsed JSON; 4xx become a
 * {@link SchemaRegistryException} at once; 5xx and connection errors are retried, then become one.
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE
            + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttp.class);

    private final RegistryClientSettings settings;
    private final RedactedUrl url;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    RegistryHttp(RegistryClientSettings settings) {
        this.settings = settings;
        this.url = RedactedUrl.parse(settings.url());
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    /**
     * @param method  GET, POST or PUT
     * @param path    path below the base URL, starting with '/', already percent-encoded
     * @param body    JSON body, or null for none
     * @param subject subject named in errors, or null
     */
    JsonNode send(String method, String path, JsonNode body, String subject) {
        HttpRequest request = request(method, path, body);
        long deadline = System.nanoTime() + settings.retryDeadline().toNanos();
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return answer(response, subject);
                }
                failure = error(response, subject);
            } catch (IOException e) {
                failure = new SchemaRegistryException(SchemaRegistryException.NO_STATUS,
                        SchemaRegistryException.NO_STATUS, subject,
                        "cannot reach " + url + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS,
                        SchemaRegistryException.NO_STATUS, subject, "interrupted talking to " + url, e);
            }
            Duration wait = settings.backoffAfter(attempt);
            if (attempt >= settings.maxAttempts() || System.nanoTime() + wait.toNanos() > deadline) {
                throw failure;
            }
            LOG.warn("{} {}{} failed (attempt {} of {}), retrying in {} ms: {}", method, url, path,
                    attempt, settings.maxAttempts(), wait.toMillis(), failure.getMessage());
            sleep(wait, subject);
        }
    }

    private HttpRequest request(String method, String path, JsonNode body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.base() + path))
                .timeout(settings.requestTimeout())
                .header("Accept", ACCEPT)
                .method(method, publisher);
        if (body != null) {
            builder.header("Content-Type", CONTENT_TYPE);
        }
        if (url.userInfo() != null) {
            String token = Base64.getEncoder().encodeToString(url.userInfo().getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder.build();
    }

    private JsonNode answer(HttpResponse<String> response, String subject) {
        if (response.statusCode() >= 300) {
            throw error(response, subject);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException(response.statusCode(), SchemaRegistryException.NO_STATUS,
                    subject, "registry answered with a body that is not JSON: " + abbreviate(response.body()), e);
        }
    }

    private SchemaRegistryException error(HttpResponse<String> response, String subject) {
        int code = SchemaRegistryException.NO_STATUS;
        String message = abbreviate(response.body());
        try {
            JsonNode node = json.readTree(response.body());
            if (node != null && node.isObject()) {
                code = node.path("error_code").asInt(SchemaRegistryException.NO_STATUS);
                message = node.path("message").asText(message);
            }
        } catch (IOException e) {
            // a proxy's HTML error page: keep the raw (abbreviated) body as the message
        }
        return new SchemaRegistryException(response.statusCode(), code, subject, message, null);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 500 ? body : body.substring(0, 500) + "...";
    }

    private void sleep(Duration wait, String subject) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS,
                    SchemaRegistryException.NO_STATUS, subject, "interrupted while retrying " + url, e);
        }
    }

    /** @return the base URL without credentials */
    RedactedUrl url() {
        return url;
    }
}
