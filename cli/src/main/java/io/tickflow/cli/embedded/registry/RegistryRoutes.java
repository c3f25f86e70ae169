package io.tickflow.cli.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.tickflow.cli.embedded.registry.RegistryState.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent REST subset over {@link SchemaRegistryService}: paths, JSON bodies, and Confluent's
 * error bodies ({@code {"error_code": 40401, "message": ...}}). Requests may be sent as
 * {@code application/vnd.schemaregistry.v1+json} or {@code application/json}; answers are the former.
 */
final class RegistryRoutes implements HttpHandler {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRoutes.class);

    private final SchemaRegistryService service;
    private final ObjectMapper json = new ObjectMapper();

    RegistryRoutes(SchemaRegistryService service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = Request.of(exchange, json);
            try {
                respond(exchange, 200, route(request));
            } catch (RegistryError e) {
                respond(exchange, e.httpStatus(), errorBody(e.errorCode(), e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("registry request {} {} failed", request.method(), request.path(), e);
                respond(exchange, 500, errorBody(50001, "Error in the backend data store: " + e));
            }
        }
    }

    private Object route(Request request) {
        List<String> parts = request.segments();
        String head = parts.isEmpty() ? "" : parts.get(0);
        return switch (head) {
            case "subjects" -> subjects(request, parts);
            case "schemas" -> schemas(request, parts);
            case "compatibility" -> compatibility(request, parts);
            case "config" -> config(request, parts);
            default -> throw notFound(request);
        };
    }

    private Object subjects(Request request, List<String> parts) {
        String method = request.method();
        if (parts.size() == 1 && method.equals("GET")) {
            return service.subjects();
        }
        String subject = parts.size() > 1 ? parts.get(1) : null;
        if (parts.size() == 2 && method.equals("POST")) {
            return versionBody(service.lookup(subject, request.schemaText()));
        }
        if (parts.size() == 3 && parts.get(2).equals("versions") && method.equals("POST")) {
            return json.createObjectNode().put("id", service.register(subject, request.schemaText()));
        }
        if (parts.size() == 3 && parts.get(2).equals("versions") && method.equals("GET")) {
            return service.versions(subject).stream().map(Version::version).toList();
        }
        if (parts.size() == 4 && parts.get(2).equals("versions") && method.equals("GET")) {
            return versionBody(service.version(subject, parts.get(3)));
        }
        throw notFound(request);
    }

    private Object schemas(Request request, List<String> parts) {
        if (parts.size() == 3 && parts.get(1).equals("ids") && request.method().equals("GET")) {
            int id;
            try {
                id = Integer.parseInt(parts.get(2));
            } catch (NumberFormatException e) {
                throw RegistryError.schemaNotFound("id " + parts.get(2));
            }
            return json.createObjectNode().put("schema", service.schemaById(id));
        }
        throw notFound(request);
    }

    private Object compatibility(Request request, List<String> parts) {
        boolean latest = parts.size() == 5 && parts.get(1).equals("subjects") && parts.get(3).equals("versions")
                && parts.get(4).equals("latest");
        if (!latest || !request.method().equals("POST")) {
            throw notFound(request);
        }
        List<String> problems = service.incompatibilities(parts.get(2), request.schemaText());
        ObjectNode body = json.createObjectNode().put("is_compatible", problems.isEmpty());
        problems.forEach(body.putArray("messages")::add);
        return body;
    }

    private Object config(Request request, List<String> parts) {
        String subject = parts.size() == 2 ? parts.get(1) : null;
        if (parts.size() > 2) {
            throw notFound(request);
        }
        if (request.method().equals("PUT")) {
            CompatibilityLevel level = service.setLevel(subject, request.body().path("compatibility").asText(null));
            return json.createObjectNode().put("compatibility", level.name());
        }
        if (!request.method().equals("GET")) {
            throw notFound(request);
        }
        CompatibilityLevel level = subject == null ? service.globalLevel()
                : subjectLevel(subject, request.query().contains("defaultToGlobal=true"));
        return json.createObjectNode().put("compatibilityLevel", level.name());
    }

    private CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
        return service.subjectLevel(subject)
                .or(() -> defaultToGlobal ? Optional.of(service.globalLevel()) : Optional.empty())
                .orElseThrow(() -> new RegistryError(404, 40408,
                        "Subject '" + subject + "' does not have subject-level compatibility configured"));
    }

    private ObjectNode versionBody(Version version) {
        return json.createObjectNode().put("subject", version.subject()).put("version", version.version())
                .put("id", version.id()).put("schema", version.schema());
    }

    private ObjectNode errorBody(int errorCode, String message) {
        return json.createObjectNode().put("error_code", errorCode).put("message", message);
    }

    private static RegistryError notFound(Request request) {
        return new RegistryError(404, 404, "HTTP 404 Not Found: " + request.method() + " " + request.path());
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * One parsed HTTP request: method, decoded path segments, query, raw body. The body is parsed only by
     * the routes that take one, so a malformed body fails those routes alone.
     */
    private record Request(String method, String path, List<String> segments, String query, byte[] rawBody,
                           ObjectMapper json) {

        static Request of(HttpExchange exchange, ObjectMapper json) throws IOException {
            String rawPath = exchange.getRequestURI().getRawPath();
            List<String> segments = new ArrayList<>();
            for (String raw : rawPath.split("/")) {
                if (!raw.isEmpty()) {
                    // '+' is literal in a path; URLDecoder would turn it into a space
                    segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
                }
            }
            String query = exchange.getRequestURI().getRawQuery();
            return new Request(exchange.getRequestMethod(), rawPath, segments, query == null ? "" : query,
                    exchange.getRequestBody().readAllBytes(), json);
        }

        /** @return the JSON body, an empty object when there is none; 400 when it is not JSON */
        JsonNode body() {
            if (rawBody.length == 0) {
                return json.createObjectNode();
            }
            try {
                return json.readTree(rawBody);
            } catch (IOException e) {
                throw new RegistryError(400, 400, "Unparseable JSON body: " + e.getMessage());
            }
        }

        /** @return the {@code schema} field of the body; 42201 for a non-Avro {@code schemaType} */
        String schemaText() {
            JsonNode body = body();
            String type = body.path("schemaType").asText("AVRO");
            if (!type.equals("AVRO")) {
                throw RegistryError.invalidSchema("schemaType " + type + " is not supported (AVRO only)");
            }
            return body.path("schema").asText(null);
        }
    }
}
