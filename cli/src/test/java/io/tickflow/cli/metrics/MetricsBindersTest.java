package io.tickflow.cli.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tickflow.producers.deadletter.DeadLetterCounts;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.sinks.connect.SinkWriteCounters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsBindersTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Metrics kafka = new Metrics();

    @AfterEach
    void close() {
        registry.close();
        kafka.close();
    }

    @Test
    void namedSuppliersBecomePrometheusCountersReadAtScrapeEvenAfterGarbageCollection() {
        AtomicLong frames = new AtomicLong(3);
        SupplierMeters.counters(registry, "tickflow.live", Map.of("frames", frames::get), Tags.of("feed", "polygon"));
        System.gc(); // the inline method reference must survive: the registry holds it, not a weak reference
        frames.set(7);
        assertThat(registry.scrape())
                .contains("tickflow_live_frames_total{feed=\"polygon\"} 7.0");
    }

    @Test
    void namedSuppliersBecomeGaugesWhenTheyGoUpAndDown() {
        LongSupplier fill = () -> 12;
        SupplierMeters.gauges(registry, "tickflow.live.buffer", Map.of("fill", fill), Tags.empty());
        System.gc();
        assertThat(registry.scrape()).contains("tickflow_live_buffer_fill 12.0");
    }

    @Test
    void selectionSumsEveryInstanceWithTheTagAndSkipsOthers() {
        gauge("records-produced-total", Map.of("topic", "dead-letter", "task-id", "0_0"), 2);
        gauge("records-produced-total", Map.of("topic", "dead-letter", "task-id", "0_1"), 3);
        gauge("records-produced-total", Map.of("topic", "bars.dib", "task-id", "0_0"), 40);
        gauge("records-consumed-total", Map.of("topic", "dead-letter", "task-id", "0_0"), 100);
        KafkaMetricSelection dead = KafkaMetricSelection.of("stream-topic-metrics", "records-produced-total")
                .where("topic", "dead-letter");
        assertThat(dead.sum(kafka.metrics())).isEqualTo(5.0); // 2 + 3; bars.dib and consumed not selected
        assertThat(KafkaMetricSelection.of("stream-topic-metrics", "records-produced-total").sum(kafka.metrics()))
                .isEqualTo(45.0); // 2 + 3 + 40
        assertThat(KafkaMetricSelection.of("stream-topic-metrics", "absent").sum(kafka.metrics())).isZero();
    }

    @Test
    void streamsTopicSummariesAndDeadLettersComeFromTopicLevelMetrics() {
        gauge("records-consumed-total", Map.of("topic", "trades", "task-id", "0_0"), 10);
        gauge("records-consumed-total", Map.of("topic", "trades", "task-id", "0_1"), 5);
        gauge("records-produced-total", Map.of("topic", "bars.dib", "task-id", "0_0"), 4);
        gauge("records-produced-total", Map.of("topic", "dead-letter", "task-id", "0_1"), 1);
        StreamsAppMetrics.bindTopicSummaries(registry, kafka::metrics, List.of("trades", "bars.dib"), "dead-letter");
        System.gc();
        String scrape = registry.scrape();
        assertThat(scrape).contains("tickflow_streams_records_in_total{topic=\"trades\"} 15.0") // 10 + 5
                .contains("tickflow_streams_records_out_total{topic=\"bars.dib\"} 4.0")
                .contains("tickflow_streams_records_in_total{topic=\"bars.dib\"} 0.0")
                .contains("tickflow_dead_letters_total{kind=\"topologies\",origin=\"streams\"} 1.0");
    }

    @Test
    void sinkCountersRegisteredAsPluginMetricsReachTheSinkMeters() {
        SinkWriteCounters counters = new SinkWriteCounters();
        counters.registerWith(new PluginMetricsImpl(kafka, new LinkedHashMap<>(Map.of("connector", "c", "task", "0"))));
        counters.fileWritten(100, 2048);
        counters.fileWritten(20, 512);
        counters.recordRejected();
        SinkMetrics.bind(registry, kafka::metrics);
        System.gc();
        assertThat(registry.scrape()).contains("tickflow_sink_records_written_total 120.0") // 100 + 20
                .contains("tickflow_sink_files_written_total 2.0")
                .contains("tickflow_sink_bytes_written_total 2560.0") // 2048 + 512
                .contains("tickflow_sink_records_rejected_total 1.0")
                .contains("tickflow_sink_records_read_total 0.0");
    }

    @Test
    void producerDeadLettersAreCountedByKindOnceTheKindAppears() {
        DeadLetterCounts counts = new DeadLetterCounts();
        counts.count("polygon-trades-csv");
        counts.count("polygon-trades-csv");
        counts.count(null);
        try (DeadLetterMeters meters = DeadLetterMeters.bind(registry, "replay", counts, Duration.ofHours(1))) {
            assertThat(registry.scrape())
                    .contains("tickflow_dead_letters_total{kind=\"polygon-trades-csv\",origin=\"replay\"} 2.0")
                    .contains("tickflow_dead_letters_total{kind=\"unknown\",origin=\"replay\"} 1.0");
            counts.count("polygon-ws-json");
            meters.registerNewKinds();
            assertThat(registry.scrape())
                    .contains("tickflow_dead_letters_total{kind=\"polygon-ws-json\",origin=\"replay\"} 1.0");
        }
    }

    @Test
    void alertLatencyIsTheConsumerTimeMinusTheAlertEventTime() {
        AlertLatency latency = new AlertLatency(registry);
        Instant event = Instant.parse("2024-03-04T15:00:00.000000001Z");
        Duration recorded = latency.record(alert(event), event.plusMillis(12));
        assertThat(recorded).isEqualTo(Duration.ofMillis(12));
        assertThat(latency.timer().count()).isEqualTo(1);
        assertThat(latency.timer().totalTime(TimeUnit.NANOSECONDS)).isEqualTo(12_000_000.0);
    }

    @Test
    void alertDatedAfterTheConsumerClockCountsAsSkewNotAsLatency() {
        AlertLatency latency = new AlertLatency(registry);
        Instant event = Instant.parse("2024-03-04T15:00:00Z");
        assertThat(latency.record(alert(event), event.minusMillis(1))).isNull();
        assertThat(latency.timer().count()).isZero();
        assertThat(registry.scrape()).contains("tickflow_alert_latency_clock_skew_total 1.0");
    }

    @Test
    void lagPerTopicSumsPartitionsAndNeverGoesBelowZero() {
        TopicPartition t0 = new TopicPartition("trades", 0);
        TopicPartition t1 = new TopicPartition("trades", 1);
        TopicPartition b0 = new TopicPartition("bars.1m", 0);
        TopicPartition gone = new TopicPartition("old", 0);
        Map<String, Long> lag = ConsumerGroupLag.lagByTopic(Map.of(t0, 90L, t1, 100L, b0, 12L, gone, 5L),
                Map.of(t0, 100L, t1, 100L, b0, 11L));
        // trades: (100 - 90) + (100 - 100) = 10; bars.1m: 11 - 12 < 0 → 0 (open transaction); old: no end, skipped
        assertThat(lag).containsExactly(Map.entry("bars.1m", 0L), Map.entry("trades", 10L));
    }

    private void gauge(String name, Map<String, String> tags, double value) {
        MetricName id = kafka.metricName(name, "stream-topic-metrics", "", tags);
        kafka.addMetric(id, (Measurable) (config, now) -> value);
    }

    private static Alert alert(Instant event) {
        long nanos = event.getEpochSecond() * 1_000_000_000L + event.getNano();
        return Alert.newBuilder().setId("a1").setKind("volume_spike").setTicker("ABC")
                .setSession(LocalDate.of(2024, 3, 4)).setEventTs(nanos).setValues(Map.of()).setThresholds(Map.of())
                .setMessage("m").build();
    }
}
