package io.tickflow.cli.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The HTTP side of {@code tickflow web}, on the JDK's server, loopback only: the page ({@code /}, {@code /app.js},
 * {@code /app.css}, bundled: it works offline), the event stream ({@code /events}), JSON ({@code /api/alerts},
 * {@code /api/watchlist}) and whatever extra routes the caller adds ({@code /metrics}).
 *
 * <p>The page never puts data into HTML: its script writes values with {@code textContent}, and a Content Security
 * Policy allows only this server's own script, so a ticker such as {@code <img onerror=...>} stays text.
 */
final class WebServer implements AutoCloseable {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css");
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8", "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads;
    private final EventStreamHandler events;

    private WebServer(HttpServer server, ExecutorService threads, EventStreamHandler events) {
        this.server = server;
        this.threads = threads;
        this.events = events;
    }

    /**
     * Starts serving.
     *
     * @param json  {@code /api/<name>} → its current JSON document
     * @param extra further exact routes, e.g. {@code /metrics}
     */
    static WebServer start(int port, EventStreamHandler events, Map<String, Supplier<String>> json,
                           Map<String, HttpHandler> extra) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            // One thread per open event stream plus short requests: a cached pool of daemon threads.
            ExecutorService threads = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "tickflow-web");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            server.createContext("/", WebServer::asset);
            server.createContext("/events", events);
            json.forEach((name, body) -> server.createContext("/api/" + name, exchange -> sendJson(exchange, body)));
            extra.forEach(server::createContext);
            server.start();
            return new WebServer(server, threads, events);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the web page on port " + port + ": " + e.getMessage(), e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void asset(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = ASSETS.get(exchange.getRequestURI().getPath());
            if (name == null || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(name == null ? 404 : 405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = WebServer.class.getResourceAsStream(name)) {
                body = in.readAllBytes();
            }
            send(exchange, 200, TYPES.get(name), body);
        }
    }

    private static void sendJson(HttpExchange exchange, Supplier<String> body) throws IOException {
        try (exchange) {
            send(exchange, 200, "application/json; charset=utf-8", body.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Ends open event streams, stops accepting, and stops the threads. */
    @Override
    public void close() {
        events.stop();
        server.stop(0);
        threads.shutdownNow();
    }
}
