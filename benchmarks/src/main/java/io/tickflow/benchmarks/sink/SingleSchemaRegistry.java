package io.tickflow.benchmarks.sink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;

/**
 * A registry on loopback that knows one schema, under id {@value #ID}: every registration answers that id, and
 * {@code GET /schemas/ids/1} answers the schema. Enough for the project's Confluent-format serializer and
 * deserializer, which ask once and cache; nothing of it runs while a benchmark measures.
 */
final class SingleSchemaRegistry implements AutoCloseable {

    static final int ID = 1;
    private final HttpServer server;

    /** @param schema the one schema, as the serializer registers it */
    SingleSchemaRegistry(Schema schema) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String schemaAnswer = JsonNodeFactory.instance.objectNode().put("schema", schema.toString()).toString();
        String idAnswer = JsonNodeFactory.instance.objectNode().put("id", ID).toString();
        server.createContext("/", exchange -> answer(exchange,
                exchange.getRequestMethod().equals("GET") ? schemaAnswer : idAnswer));
        server.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
