package io.tickflow.cli.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * {@code GET /events}: the {@link EventLog} as server-sent events (text/event-stream). Honours {@code Last-Event-ID}
 * (sent by the browser's {@code EventSource} when it reconnects) and writes a comment line when nothing happened
 * for the keep-alive period, so proxies and the browser do not take an idle stream for a dead one. The exchange
 * holds one server thread until the client goes away or the server stops.
 */
final class EventStreamHandler implements HttpHandler {
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    /** Reconnect delay the browser is told to use, ms. */
    private static final String RETRY = "retry: 2000\n\n";

    private final EventLog log;
    private final LongFunction<List<EventLog.Event>> snapshot;
    private final Duration keepAlive;
    private volatile boolean stopped;

    EventStreamHandler(EventLog log, LongFunction<List<EventLog.Event>> snapshot, Duration keepAlive) {
        this.log = log;
        this.snapshot = snapshot;
        this.keepAlive = keepAlive;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            EventLog.Subscription subscription = log.subscribe(lastEventId(exchange), snapshot);
            try (OutputStream out = exchange.getResponseBody()) {
                stream(subscription, out);
            } catch (IOException clientGone) {
                // The browser closed the page or lost the connection; it resumes with Last-Event-ID if it comes back.
            } finally {
                log.unsubscribe(subscription);
            }
        }
    }

    private void stream(EventLog.Subscription subscription, OutputStream out) throws IOException {
        out.write(RETRY.getBytes(StandardCharsets.UTF_8));
        for (EventLog.Event event : subscription.catchUp()) {
            out.write(event.wireFormat().getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        while (!stopped && !subscription.overflowed()) {
            EventLog.Event event = next(subscription);
            out.write(event == null ? KEEP_ALIVE : event.wireFormat().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private EventLog.Event next(EventLog.Subscription subscription) throws IOException {
        try {
            return subscription.queue().poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The {@code Last-Event-ID} header as a number; -1 when absent or not a number (a new client). */
    static long lastEventId(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Ends every open stream at its next event or keep-alive. */
    void stop() {
        stopped = true;
    }
}
