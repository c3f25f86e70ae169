package io.tickflow.cli.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook receiver on 127.0.0.1 answering the given statuses in turn (the last one forever), keeping bodies. */
final class FlakyWebhook implements AutoCloseable {
    private final HttpServer server;
    private final int[] statuses;
    private final AtomicInteger calls = new AtomicInteger();
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

    FlakyWebhook(int... statuses) throws IOException {
        this.statuses = statuses;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            int call = calls.getAndIncrement();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(statuses[Math.min(call, statuses.length - 1)], -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
