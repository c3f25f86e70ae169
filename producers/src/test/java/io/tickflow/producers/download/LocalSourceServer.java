package io.tickflow.producers.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for FINRA, SEC and Polygon on 127.0.0.1: answers scripted per path and query, records every
 * request (path, query, Authorization header). Unscripted paths answer 404 with an empty body.
 */
final class LocalSourceServer implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, byte[] body, long delayMillis, Map<String, String> headers) {
        static Answer ok(byte[] body) {
            return new Answer(200, body, 0, Map.of());
        }

        static Answer status(int status, String body) {
            return new Answer(status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, Map.of());
        }
    }

    /** One request seen. */
    record Seen(String pathAndQuery, String authorization) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    LocalSourceServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code pathAndQuery} with {@code answers} in turn; the last one repeats. */
    LocalSourceServer script(String pathAndQuery, Answer... answers) {
        scripts.put(pathAndQuery, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    long requestsTo(String pathAndQuery) {
        return seen().stream().filter(s -> s.pathAndQuery().equals(pathAndQuery)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        seen.add(new Seen(key, exchange.getRequestHeaders().getFirst("Authorization")));
        Deque<Answer> script = scripts.get(key);
        Answer answer = script == null ? Answer.status(404, "")
                : script.size() > 1 ? script.poll() : script.peek();
        try {
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
