package io.tickflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Client of the Confluent Schema Registry REST API (Confluent, Apicurio ccompat, Karapace, Redpanda and
 * tickflow's embedded registry). Thread-safe.
 *
 * <p>Ids and schemas never change once assigned, so both directions are cached for the life of the
 * client: id → schema, and (subject, schema) → id. {@link #latest} and {@link #testCompatibility} are
 * never cached: their answers change when someone registers.
 *
 * <p>Errors: see {@link RegistryHttp} for retries; every failure is a {@link SchemaRegistryException}
 * naming the subject.
 */
public final class SchemaRegistryClient {

    private record SubjectSchema(String subject, Schema schema) {
    }

    private final RegistryHttp http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

    /** @param settings URL and retry policy, not null */
    public SchemaRegistryClient(RegistryClientSettings settings) {
        this.http = new RegistryHttp(settings);
    }

    /** @param url registry base URL, possibly with {@code user:password@}; default retry policy */
    public SchemaRegistryClient(String url) {
        this(RegistryClientSettings.defaults(url));
    }

    /**
     * Registers the schema under the subject ({@code POST /subjects/{s}/versions}), or returns the id it
     * already has there.
     *
     * @return the global schema id
     * @throws SchemaRegistryException HTTP 409 when incompatible with the subject's latest version (the
     *                                 message says what is incompatible), 422 when the registry finds it invalid
     */
    public int register(String subject, Schema schema) {
        return cachedId(subject, schema, subjectPath(subject) + "/versions");
    }

    /**
     * Finds the id of a schema already registered under the subject ({@code POST /subjects/{s}}), without
     * registering it.
     *
     * @throws SchemaRegistryException HTTP 404 (error_code 40401 or 40403) when it is not registered there
     */
    public int idOf(String subject, Schema schema) {
        return cachedId(subject, schema, subjectPath(subject));
    }

    /**
     * @param id global schema id, as read from the wire format
     * @return the schema with that id ({@code GET /schemas/ids/{id}})
     * @throws SchemaRegistryException HTTP 404 (error_code 40403) when no schema has that id
     */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        // no lock around the request: two threads missing at once both ask, and get the same answer
        JsonNode answer = http.send("GET", "/schemas/ids/" + id, null, null);
        Schema schema = parse(answer.path("schema").asText(), "schema id " + id);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced == null ? schema : raced;
    }

    /**
     * @return the latest version of the subject ({@code GET /subjects/{s}/versions/latest}); not cached
     * @throws SchemaRegistryException HTTP 404 (error_code 40401) when the subject has no versions
     */
    public RegisteredSchema latest(String subject) {
        JsonNode answer = http.send("GET", subjectPath(subject) + "/versions/latest", null, subject);
        Schema schema = parse(answer.path("schema").asText(), "subject " + subject);
        int id = answer.path("id").asInt();
        schemasById.putIfAbsent(id, schema);
        return new RegisteredSchema(answer.path("subject").asText(subject), answer.path("version").asInt(), id, schema);
    }

    /**
     * Asks whether the schema could be registered under the subject
     * ({@code POST /compatibility/subjects/{s}/versions/latest?verbose=true}); not cached.
     */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        JsonNode answer = http.send("POST", "/compatibility" + subjectPath(subject) + "/versions/latest?verbose=true",
                schemaBody(schema), subject);
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(message -> messages.add(message.asText()));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
    }

    /** @return the registry base URL without credentials, for messages */
    public String url() {
        return http.url().toString();
    }

    private int cachedId(String subject, Schema schema, String postPath) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        int id = http.send("POST", postPath, schemaBody(schema), subject).path("id").asInt();
        idsBySubjectSchema.putIfAbsent(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    private static String subjectPath(String subject) {
        return "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JsonNodeFactory.instance.objectNode().put("schema", schema.toString());
    }

    private Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(200, SchemaRegistryException.NO_STATUS, null,
                    "registry " + url() + " returned an unparseable Avro schema for " + what + ": " + e.getMessage(), e);
        }
    }
}
