package io.tickflow.sinks.connect;

import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;
import io.tickflow.schemas.registry.ConfluentWireFormat;
import io.tickflow.schemas.registry.GeneratedClassTrust;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * A registry answering {@code GET /schemas/ids/{id}} on 127.0.0.1 for the schemas given to {@link #frame}; enough
 * for the sink's deserializer, with nothing else running.
 */
final class StubRegistry implements AutoCloseable {

    private final HttpServer server;
    private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();

    StubRegistry() throws IOException {
        GeneratedClassTrust.install();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/schemas/ids/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Schema schema = schemas.get(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
            String body = schema == null ? "{\"error_code\":40403,\"message\":\"Schema not found\"}"
                    : "{\"schema\":" + quote(schema.toString()) + "}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(schema == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The record in the Confluent wire format under {@code id}, which the stub then serves. */
    byte[] frame(int id, GenericRecord record) throws IOException {
        schemas.put(id, record.getSchema());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(body, null);
        // SpecificData finds the generated class of the schema, with its LocalDate conversions
        new SpecificDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return ConfluentWireFormat.frame(id, body.toByteArray());
    }

    private static String quote(String text) {
        return TextNode.valueOf(text).toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
