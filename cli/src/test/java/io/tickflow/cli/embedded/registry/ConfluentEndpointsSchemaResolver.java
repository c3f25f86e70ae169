package io.tickflow.cli.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.ParsedSchemaImpl;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.serde.data.KafkaSerdeMetadata;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * An Apicurio 2.6 {@link SchemaResolver} that resolves schemas through the Confluent REST endpoints of
 * tickflow's embedded registry instead of Apicurio's own REST API (which our registry does not serve).
 * Plugged in with {@code apicurio.registry.schema-resolver}; it reads the registry URL from
 * {@link #URL_CONFIG}.
 *
 * <p>It only maps ids: {@code POST /subjects/<topic>-value/versions} when serializing (the id is
 * returned as both contentId and globalId), {@code GET /schemas/ids/{id}} when deserializing. It talks
 * HTTP itself (JDK client + Jackson), not through tickflow's {@code SchemaRegistryClient}, so the
 * interop tests do not lean on the code they check. Everything about the bytes (magic byte, 4-byte id
 * from {@code Legacy4ByteIdHandler}, Avro encoding and decoding) stays Apicurio's.
 */
public final class ConfluentEndpointsSchemaResolver implements SchemaResolver<Schema, Object> {

    /** Config key of the Confluent-compatible registry URL. */
    public static final String URL_CONFIG = "tickflow.test.confluent-registry.url";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private SchemaParser<Schema, Object> parser;
    private String url;

    @Override
    public void configure(Map<String, ?> configs, SchemaParser<Schema, Object> schemaParser) {
        this.parser = schemaParser;
        this.url = String.valueOf(configs.get(URL_CONFIG));
    }

    @Override
    public void setClient(RegistryClient client) {
        // Apicurio's own REST client is not used: the registry under test speaks the Confluent API
    }

    @Override
    public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, Object> strategy) {
        // the subject is always TopicNameStrategy's, as in Confluent's serializers
    }

    @Override
    public SchemaParser<Schema, Object> getSchemaParser() {
        return parser;
    }

    @Override
    public SchemaLookupResult<Schema> resolveSchema(Record<Object> data) {
        KafkaSerdeMetadata metadata = (KafkaSerdeMetadata) data.metadata();
        String subject = metadata.getTopic() + (metadata.isKey() ? "-key" : "-value");
        ParsedSchema<Schema> schema = parser.getSchemaFromData(data);
        String body = json.createObjectNode().put("schema", schema.getParsedSchema().toString()).toString();
        String path = "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions";
        long id = call(HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).path("id").asLong();
        return SchemaLookupResult.<Schema>builder().parsedSchema(schema).contentId(id).globalId(id)
                .artifactId(subject).build();
    }

    @Override
    public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(ArtifactReference reference) {
        long id = reference.getContentId() != null ? reference.getContentId() : reference.getGlobalId();
        String text = call(HttpRequest.newBuilder(URI.create(url + "/schemas/ids/" + id)).GET())
                .path("schema").asText();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        ParsedSchema<Schema> schema = new ParsedSchemaImpl<Schema>()
                .setParsedSchema(parser.parseSchema(raw, Map.of())).setRawSchema(raw);
        return SchemaLookupResult.<Schema>builder().parsedSchema(schema).contentId(id).globalId(id).build();
    }

    @Override
    public void reset() {
        // nothing cached
    }

    @Override
    public void close() {
        // the JDK client needs no closing on Java 17
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("registry answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
