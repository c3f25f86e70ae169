package io.tickflow.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.metrics.TickflowMeters;
import io.tickflow.cli.report.Chromium;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickflow web} against a real broker and the embedded registry, on topics of its own: an alert produced into
 * Kafka reaches a plain Java SSE client and a page loaded in headless Chromium, and the watchlist shows the passing
 * flag. The alert's ticker is markup, which must stay text on the page.
 */
@ExtendWith(SharedKafka.class)
class WebAppIT {
    private static final String ALERTS = "web-it-alerts";
    private static final String FLAGS = "web-it-info-rich";
    private static final String EVIL_TICKER = "<b id=\"pwned\">EVIL</b>";

    @TempDir
    static Path dir;
    private static EmbeddedSchemaRegistry registry;
    private static SchemaRegistryClient client;
    private static TickflowMeters meters;
    private static WebApp app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        String bootstrap = SharedKafka.bootstrapServers();
        registry = EmbeddedSchemaRegistry.start(bootstrap, 0);
        client = new SchemaRegistryClient(registry.url());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(ALERTS, 2, (short) 1), new NewTopic(FLAGS, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        send(FLAGS, "WRCH", WebStateTest.flag("WRCH", LocalDate.of(2024, 3, 4), true),
                Topics.INFO_RICH.valueSerde(client).serializer());
        meters = new TickflowMeters("web");
        app = WebApp.start(new WebSettings(bootstrap, ALERTS, FLAGS, 0, 200, 1000, Duration.ofSeconds(1)), client,
                meters);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            meters.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void alertProducedIntoKafkaReachesAnSseClientAndTheJsonEndpoint() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.uri().resolve("events")).build();
        HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(readUntil(events, "event: watchlist")).isNotNull();
            sendAlert("web-it-sse-1", "SSEA");
            String data = readUntilAfter(events, "event: alert", "data: ");
            assertThat(data).contains("\"id\":\"web-it-sse-1\"").contains("\"ticker\":\"SSEA\"");
        }
        String json = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("api/alerts")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).startsWith("[{\"id\":\"web-it-sse-1\"");
        String watchlist = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("api/watchlist")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(watchlist).startsWith("{\"session\":\"2024-03-04\",\"tickers\":[{\"ticker\":\"WRCH\"");
    }

    @Test
    void reconnectWithLastEventIdResumesAfterThatEvent() throws Exception {
        sendAlert("web-it-resume-1", "RSMA");
        String after = awaitAlertOnApi("web-it-resume-1");
        long lastId = Long.parseLong(after);
        sendAlert("web-it-resume-2", "RSMB");
        awaitAlertOnApi("web-it-resume-2");
        HttpRequest request = HttpRequest.newBuilder(app.uri().resolve("events"))
                .header("Last-Event-ID", Long.toString(lastId)).build();
        HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String data = readUntilAfter(events, "event: alert", "data: ");
            assertThat(data).as("the first event after the resume point").contains("web-it-resume-2");
        }
    }

    @Test
    void alertShowsOnThePageInHeadlessChromiumAsText() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "chromium absent and apt-get install -y chromium failed");
        sendAlert("web-it-page-1", EVIL_TICKER);
        awaitAlertOnApi("web-it-page-1");
        try (DevToolsPage page = DevToolsPage.open(app.uri(), dir.resolve("profile"))) {
            String text = page.awaitText("web-it-page-1", Duration.ofSeconds(60));
            assertThat(text).contains(EVIL_TICKER).as("shown as text").contains("WRCH");
            assertThat(page.evaluate("String(document.querySelectorAll('#pwned').length)")).as("never as markup")
                    .isEqualTo("0");
            assertThat(page.evaluate("document.getElementById('status').dataset.state")).isEqualTo("open");
        }
    }

    @Test
    void metricsAreServedBesideThePage() throws Exception {
        String scrape = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(scrape).contains("tickflow_web_clients").contains("tickflow_web_records_rejected_total")
                .contains("tickflow_alert_latency_seconds").contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    private static String awaitAlertOnApi(String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String json = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("api/alerts")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (json.contains(id)) {
                return lastEventId();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("alert " + id + " never reached /api/alerts");
    }

    /** The id of the latest event, read from a fresh stream's snapshot. */
    private static String lastEventId() throws Exception {
        HttpResponse<java.io.InputStream> response = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            return readUntil(events, "id: ").substring("id: ".length());
        }
    }

    private static String readUntil(BufferedReader events, String prefix) throws Exception {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    private static String readUntilAfter(BufferedReader events, String marker, String prefix) throws Exception {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.equals(marker)) { // "event: alert", not the snapshot's "event: alerts"
                return readUntil(events, prefix);
            }
        }
        throw new AssertionError("stream ended before " + marker);
    }

    private static void sendAlert(String id, String ticker) {
        Alert alert = Alert.newBuilder(WebStateTest.alert(id)).setTicker(ticker)
                .setEventTs(System.currentTimeMillis() * 1_000_000L).build();
        send(ALERTS, ticker, alert, Topics.ALERTS.valueSerde(client).serializer());
    }

    private static <V> void send(String topic, String key, V value, Serializer<V> values) {
        Properties p = new Properties();
        p.put("bootstrap.servers", SharedKafka.bootstrapServers());
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(p, new StringSerializer(), values)) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }
}
