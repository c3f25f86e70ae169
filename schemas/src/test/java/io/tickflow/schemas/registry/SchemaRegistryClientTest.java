package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.schemas.registry.StubRegistryServer.Canned;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** The client against a stub HTTP server: caching, retries on 5xx and connection errors, 4xx errors. */
class SchemaRegistryClientTest {

    private static final Schema PING = SchemaBuilder.record("Ping").namespace("t").fields()
            .requiredLong("at").endRecord();
    private static final String PING_BODY = "{\"schema\":" + quoted(PING.toString()) + "}";

    private static RegistryClientSettings fast(String url, int attempts) {
        return new RegistryClientSettings(url, attempts, Duration.ofMillis(1), Duration.ofMillis(4),
                Duration.ofSeconds(10), Duration.ofSeconds(2));
    }

    @Test
    void registersAndReturnsTheIdOfTheAnswer() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(new Canned(200, "{\"id\":7}"))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 1));
            assertThat(client.register("pings-value", PING)).isEqualTo(7);
            StubRegistryServer.Received request = stub.received().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/subjects/pings-value/versions");
            assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(request.body()).isEqualTo(PING_BODY);
        }
    }

    @Test
    void cachesRegistrationAndTheSchemaOfTheRegisteredIdBothWays() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(new Canned(200, "{\"id\":7}"))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 1));
            client.register("pings-value", PING);
            assertThat(client.register("pings-value", PING)).isEqualTo(7);
            assertThat(client.schemaById(7)).isEqualTo(PING);
            assertThat(stub.received()).hasSize(1);
        }
    }

    @Test
    void fetchesASchemaByIdOnceThenServesItFromCache() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(new Canned(200, PING_BODY))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 1));
            assertThat(client.schemaById(3)).isEqualTo(PING);
            assertThat(client.schemaById(3)).isEqualTo(PING);
            assertThat(stub.received()).extracting(StubRegistryServer.Received::path).containsExactly("/schemas/ids/3");
        }
    }

    @Test
    void retriesServerErrorsUntilAnAnswerComes() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(new Canned(503, "busy"),
                new Canned(500, "{\"error_code\":50001,\"message\":\"store\"}"), new Canned(200, "{\"id\":9}"))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 5));
            assertThat(client.register("pings-value", PING)).isEqualTo(9);
            assertThat(stub.received()).hasSize(3);
        }
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastServerError() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(
                new Canned(500, "{\"error_code\":50001,\"message\":\"backend down\"}"))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 3));
            assertThatThrownBy(() -> client.register("pings-value", PING))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.errorCode()).isEqualTo(50001);
                        assertThat(e.getMessage()).contains("pings-value", "backend down");
                    });
            assertThat(stub.received()).hasSize(3);
        }
    }

    @Test
    void retriesConnectionErrorsThenReportsThemWithoutStatus() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SchemaRegistryClient client = new SchemaRegistryClient(fast("http://127.0.0.1:" + closedPort, 3));
        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(SchemaRegistryException.NO_STATUS))
                .hasMessageContaining("cannot reach http://127.0.0.1:" + closedPort);
    }

    @Test
    void stopsRetryingWhenTheDeadlineWouldPass() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(new Canned(503, "busy"))) {
            RegistryClientSettings settings = new RegistryClientSettings(stub.url(), 100, Duration.ofMillis(200),
                    Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(2));
            assertThatThrownBy(() -> new SchemaRegistryClient(settings).schemaById(1))
                    .isInstanceOf(SchemaRegistryException.class);
            // waits of 200 ms fit twice into a 500 ms budget: attempts at ~0, ~200, ~400 ms, then no third wait
            assertThat(stub.received()).hasSizeBetween(2, 3);
        }
    }

    @Test
    void doesNotRetryAnIncompatibleSchemaAndNamesSubjectAndProblem() throws Exception {
        String body = "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier "
                + "schema for subject \\\"pings-value\\\", details: [{type:READER_FIELD_MISSING_DEFAULT_VALUE, "
                + "location:/fields/1, message:venue}]\"}";
        try (StubRegistryServer stub = new StubRegistryServer(new Canned(409, body))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 5));
            assertThatThrownBy(() -> client.register("pings-value", PING))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.isIncompatible()).isTrue();
                        assertThat(e.errorCode()).isEqualTo(409);
                        assertThat(e.subject()).isEqualTo("pings-value");
                    })
                    .hasMessageContaining("rejected subject 'pings-value' (HTTP 409, error_code 409)")
                    .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(stub.received()).hasSize(1);
        }
    }

    @Test
    void reportsAnUnknownIdAsNotFound() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(
                new Canned(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}"))) {
            SchemaRegistryClient client = new SchemaRegistryClient(fast(stub.url(), 5));
            assertThatThrownBy(() -> client.schemaById(99))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(404);
                        assertThat(e.errorCode()).isEqualTo(40403);
                    });
            assertThat(stub.received()).hasSize(1);
        }
    }

    @Test
    void sendsUrlCredentialsAsBasicAuthAndNeverPrintsThem() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(
                new Canned(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}"))) {
            String url = stub.url().replace("http://", "http://alice:s3cret@");
            SchemaRegistryClient client = new SchemaRegistryClient(fast(url, 1));
            assertThatThrownBy(() -> client.latest("pings-value"))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
            String expected = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
            assertThat(stub.received().get(0).authorization()).isEqualTo(expected);
            assertThat(client.url()).doesNotContain("s3cret");
        }
    }

    @Test
    void readsCompatibilityVerdictAndMessages() throws Exception {
        try (StubRegistryServer stub = new StubRegistryServer(
                new Canned(200, "{\"is_compatible\":false,\"messages\":[\"a\",\"b\"]}"))) {
            CompatibilityResult result = new SchemaRegistryClient(fast(stub.url(), 1)).testCompatibility("s p", PING);
            assertThat(result).isEqualTo(new CompatibilityResult(false, java.util.List.of("a", "b")));
            assertThat(stub.received().get(0).path())
                    .isEqualTo("/compatibility/subjects/s%20p/versions/latest?verbose=true");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
