package io.tickflow.cli.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A Prometheus scrape endpoint: {@code GET /metrics} on 127.0.0.1 in the text exposition format 0.0.4, served by the
 * JDK's HTTP server (no web framework). Loopback only: a deployment that scrapes from elsewhere puts a proxy or
 * an agent in front, so nothing is exposed beyond the host by accident.
 */
public final class MetricsEndpoint implements AutoCloseable {
    /** Path of the scrape endpoint. */
    public static final String PATH = "/metrics";
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;

    private MetricsEndpoint(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code registry} on 127.0.0.1.
     *
     * @param port TCP port; 0 picks a free one ({@link #port()} tells which)
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static MetricsEndpoint start(PrometheusMeterRegistry registry, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext(PATH, handler(registry));
            server.start();
            return new MetricsEndpoint(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The scrape handler alone, for servers that serve more than metrics ({@code tickflow web}). */
    public static HttpHandler handler(PrometheusMeterRegistry registry) {
        return exchange -> scrape(exchange, registry);
    }

    private static void scrape(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The scrape URL, e.g. {@code http://127.0.0.1:9464/metrics}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + PATH);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
