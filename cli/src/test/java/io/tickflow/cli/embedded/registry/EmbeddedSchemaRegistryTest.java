package io.tickflow.cli.embedded.registry;

import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V1;
import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V2_REQUIRED_VENUE;
import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V2_WITH_DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.schemas.registry.CompatibilityResult;
import io.tickflow.schemas.registry.RegisteredSchema;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.SchemaRegistryException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registry over HTTP with an in-memory log, driven by tickflow's client and by raw requests. */
class EmbeddedSchemaRegistryTest {

    private final InMemorySchemaLog log = new InMemorySchemaLog();
    private EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(log, 0);
    private SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void servesOnLoopbackWithTheBoundPort() {
        assertThat(registry.url()).isEqualTo("http://127.0.0.1:" + registry.port());
        assertThat(registry.port()).isPositive();
    }

    @Test
    void registersAndServesTheSchemaById() {
        int id = client.register("quotes-value", QUOTE_V1);
        assertThat(id).isEqualTo(1);
        assertThat(new SchemaRegistryClient(registry.url()).schemaById(id)).isEqualTo(QUOTE_V1);
    }

    @Test
    void returnsTheExistingIdForASchemaAlreadyRegisteredUnderTheSubject() {
        client.register("quotes-value", QUOTE_V1);
        assertThat(new SchemaRegistryClient(registry.url()).register("quotes-value", QUOTE_V1)).isEqualTo(1);
        assertThat(log.events()).hasSize(1);
    }

    @Test
    void reusesTheGlobalIdOfTheSameSchemaUnderAnotherSubject() {
        client.register("quotes-value", QUOTE_V1);
        assertThat(client.register("quotes.delayed-value", QUOTE_V1)).isEqualTo(1);
        assertThat(client.latest("quotes.delayed-value"))
                .isEqualTo(new RegisteredSchema("quotes.delayed-value", 1, 1, QUOTE_V1));
    }

    @Test
    void givesACompatibleNewVersionTheNextIdAndVersion() {
        client.register("quotes-value", QUOTE_V1);
        assertThat(client.register("quotes-value", QUOTE_V2_WITH_DEFAULT)).isEqualTo(2);
        assertThat(client.latest("quotes-value"))
                .isEqualTo(new RegisteredSchema("quotes-value", 2, 2, QUOTE_V2_WITH_DEFAULT));
    }

    @Test
    void rejectsAnIncompatibleSchemaWith409NamingSubjectAndAvroProblem() {
        client.register("quotes-value", QUOTE_V1);
        assertThatThrownBy(() -> client.register("quotes-value", QUOTE_V2_REQUIRED_VENUE))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.subject()).isEqualTo("quotes-value");
                })
                .hasMessageContaining("quotes-value")
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
                .hasMessageContaining("message:venue");
        assertThat(log.events()).hasSize(1);
    }

    @Test
    void answersTheCompatibilityQuestionWithAvrosMessages() {
        client.register("quotes-value", QUOTE_V1);
        assertThat(client.testCompatibility("quotes-value", QUOTE_V2_WITH_DEFAULT))
                .isEqualTo(new CompatibilityResult(true, java.util.List.of()));
        CompatibilityResult bad = client.testCompatibility("quotes-value", QUOTE_V2_REQUIRED_VENUE);
        assertThat(bad.compatible()).isFalse();
        assertThat(bad.messages()).singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void acceptsAnIncompatibleSchemaOnceTheSubjectLevelIsNone() throws Exception {
        client.register("quotes-value", QUOTE_V1);
        assertThat(send("PUT", "/config/quotes-value", "{\"compatibility\":\"NONE\"}").body())
                .isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(client.register("quotes-value", QUOTE_V2_REQUIRED_VENUE)).isEqualTo(2);
        assertThat(send("GET", "/config", null).body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void keepsIdsVersionsAndLevelsAcrossARestartOnTheSameLog() throws Exception {
        client.register("quotes-value", QUOTE_V1);
        client.register("quotes-value", QUOTE_V2_WITH_DEFAULT);
        send("PUT", "/config", "{\"compatibility\":\"NONE\"}");
        registry.close();
        registry = new EmbeddedSchemaRegistry(log, 0);
        client = new SchemaRegistryClient(registry.url());
        assertThat(client.schemaById(1)).isEqualTo(QUOTE_V1);
        assertThat(client.latest("quotes-value").id()).isEqualTo(2);
        assertThat(client.register("quotes-value", QUOTE_V2_REQUIRED_VENUE)).isEqualTo(3);
        assertThat(send("GET", "/config", null).body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    }

    @Test
    void listsSubjectsAndVersionsAndServesAVersionByNumber() throws Exception {
        client.register("b-value", QUOTE_V1);
        client.register("a-value", QUOTE_V1);
        client.register("a-value", QUOTE_V2_WITH_DEFAULT);
        assertThat(send("GET", "/subjects", null).body()).isEqualTo("[\"a-value\",\"b-value\"]");
        assertThat(send("GET", "/subjects/a-value/versions", null).body()).isEqualTo("[1,2]");
        assertThat(send("GET", "/subjects/a-value/versions/1", null).body())
                .startsWith("{\"subject\":\"a-value\",\"version\":1,\"id\":1,\"schema\":");
    }

    @Test
    void looksUpASchemaUnderASubjectWithoutRegistering() throws Exception {
        client.register("quotes-value", QUOTE_V1);
        HttpResponse<String> found = send("POST", "/subjects/quotes-value", body(QUOTE_V1.toString()));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"version\":1,\"id\":1");
        HttpResponse<String> missing = send("POST", "/subjects/quotes-value", body(QUOTE_V2_WITH_DEFAULT.toString()));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error_code\":40403");
    }

    @Test
    void answersConfluentErrorBodies() throws Exception {
        assertError(send("GET", "/schemas/ids/42", null), 404, 40403);
        assertError(send("GET", "/subjects/nobody-value/versions/latest", null), 404, 40401);
        client.register("quotes-value", QUOTE_V1);
        assertError(send("GET", "/subjects/quotes-value/versions/7", null), 404, 40402);
        assertError(send("GET", "/subjects/quotes-value/versions/zero", null), 422, 42202);
        assertError(send("POST", "/subjects/quotes-value/versions", body("{\"type\":\"nonsense\"}")), 422, 42201);
        assertError(send("PUT", "/config", "{\"compatibility\":\"FULL_TRANSITIVE\"}"), 422, 42203);
        assertError(send("GET", "/config/quotes-value", null), 404, 40408);
        assertError(send("GET", "/nowhere", null), 404, 404);
    }

    @Test
    void acceptsPlainJsonRequestsAndAnswersInTheRegistryMediaType() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/plain-value/versions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(QUOTE_V1.toString()))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":1}");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/vnd.schemaregistry.v1+json");
    }

    private static void assertError(HttpResponse<String> response, int status, int errorCode) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).startsWith("{\"error_code\":" + errorCode + ",\"message\":");
    }

    private static String body(String schema) {
        return "{\"schema\":\"" + schema.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
