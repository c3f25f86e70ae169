package io.tickflow.cli.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.streams.StreamsSettings;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrapes {@code /metrics} of a running Kafka Streams application. The application is a fixture, not a tickflow
 * stage: tickflow's topologies read fixed topics that other tests of this JVM fill, while the binders under test
 * only care about an application with a RocksDB store, an output and a dead-letter output. 10 records in, of which
 * 2 are refused: 8 out, 2 dead letters.
 */
@ExtendWith(SharedKafka.class)
class StreamsMetricsIT {
    private static final String IN = "metrics-it-in";
    private static final String OUT = "metrics-it-out";
    private static final String DEAD = "metrics-it-dead-letter";

    @TempDir
    Path dir;

    @Test
    void scrapeShowsRecordsPerTopicDeadLettersStateSizeAndLag() throws Exception {
        String bootstrap = SharedKafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(IN, 2, (short) 1), new NewTopic(OUT, 1, (short) 1),
                    new NewTopic(DEAD, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        produce(bootstrap);
        StreamsSettings settings = new StreamsSettings("metrics-it", bootstrap, dir.resolve("state"), 1,
                Duration.ofMillis(100));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (StreamsRunner runner = StreamsRunner.start(settings, fixture());
             StreamsAppMetrics bound = StreamsAppMetrics.bind(registry, runner.kafkaStreams(), List.of(IN, OUT), DEAD,
                     settings.stateDir(), Duration.ofMillis(200));
             ConsumerGroupLag lag = ConsumerGroupLag.start(registry, Admin.create(Map.of("bootstrap.servers", bootstrap)),
                     "metrics-it", Duration.ofMillis(200));
             MetricsEndpoint endpoint = MetricsEndpoint.start(registry, 0)) {
            runner.awaitCaughtUp(IN, Duration.ofSeconds(30));
            String scrape = awaitScrape(endpoint, "tickflow_consumer_group_lag_records");
            assertThat(value(scrape, "tickflow_streams_records_in_total", "topic=\"" + IN + "\"")).isEqualTo(10.0);
            assertThat(value(scrape, "tickflow_streams_records_out_total", "topic=\"" + OUT + "\"")).isEqualTo(8.0);
            assertThat(value(scrape, "tickflow_dead_letters_total", "origin=\"streams\"")).isEqualTo(2.0);
            assertThat(value(scrape, "tickflow_streams_state_dir_bytes", "")).isPositive();
            assertThat(value(scrape, "tickflow_consumer_group_lag_records", "topic=\"" + IN + "\"")).isZero();
            assertThat(scrape).contains("kafka_stream_state_estimate_num_keys") // RocksDB, KIP-607
                    .contains("kafka_consumer_fetch_manager_records_lag_max")
                    .contains("kafka_stream_topic_records_produced_total");
        } finally {
            registry.close();
        }
    }

    /** Counts records per key in a RocksDB store; values "bad" go to the dead-letter topic instead. */
    private static Topology fixture() {
        Topology t = new Topology();
        t.addSource("in", Serdes.String().deserializer(), Serdes.String().deserializer(), IN);
        t.addProcessor("count", CountProcessor::new, "in");
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("counts"), Serdes.String(),
                Serdes.Long()), "count");
        t.addSink("out", OUT, Serdes.String().serializer(), Serdes.String().serializer(), "count");
        t.addSink("dead", DEAD, Serdes.String().serializer(), Serdes.String().serializer(), "count");
        return t;
    }

    private static final class CountProcessor implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;
        private KeyValueStore<String, Long> counts;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            this.counts = context.getStateStore("counts");
        }

        @Override
        public void process(Record<String, String> record) {
            if ("bad".equals(record.value())) {
                context.forward(record, "dead");
                return;
            }
            Long n = counts.get(record.key());
            counts.put(record.key(), n == null ? 1 : n + 1);
            context.forward(record.withValue(Long.toString(n == null ? 1 : n + 1)), "out");
        }
    }

    private static void produce(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(IN, "k" + (i % 3), i % 5 == 4 ? "bad" : "v" + i)); // i = 4, 9 bad
            }
        }
    }

    private static String awaitScrape(MetricsEndpoint endpoint, String expected) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.uri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            body = response.body();
            if (body.contains(expected) && value(body, "tickflow_streams_records_in_total", "topic=\"" + IN + "\"") >= 10
                    && body.contains("kafka_stream_state_estimate_num_keys")) {
                return body;
            }
            Thread.sleep(200);
        }
        return body;
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}; NaN when absent. */
    static double value(String scrape, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        while (m.find()) {
            if (label.isEmpty() || (m.group(1) != null && m.group(1).contains(label))) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }
}
