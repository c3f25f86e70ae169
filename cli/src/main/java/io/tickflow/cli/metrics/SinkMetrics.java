package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tickflow.sinks.connect.SinkWriteCounters;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Meters of {@code tickflow sink}, read from the Connect worker's metrics at each scrape:
 * <ul>
 *   <li>{@code tickflow.sink.records.written}, {@code .files.written}, {@code .bytes.written},
 *   {@code .records.rejected}: the Parquet task's own counters ({@link SinkWriteCounters}, plugin metrics);</li>
 *   <li>{@code tickflow.sink.records.read}: records Connect handed to the task ({@code sink-record-read-total}).</li>
 * </ul>
 * Summed over the worker's tasks. Lag comes from {@link ConsumerGroupLag} on the group {@code connect-<name>}.
 */
public final class SinkMetrics {
    /** Group Kafka Connect gives plugin metrics (KIP-877). */
    static final String PLUGIN_GROUP = "plugins";
    static final String TASK_GROUP = "sink-task-metrics";

    private SinkMetrics() {
    }

    /** @param workerMetrics the worker's Kafka metrics, read at each scrape */
    public static void bind(MeterRegistry registry, Supplier<Map<MetricName, ? extends Metric>> workerMetrics) {
        counter(registry, workerMetrics, "tickflow.sink.records.written", PLUGIN_GROUP, SinkWriteCounters.RECORDS_WRITTEN,
                "Records in Parquet files moved into place");
        counter(registry, workerMetrics, "tickflow.sink.files.written", PLUGIN_GROUP, SinkWriteCounters.FILES_WRITTEN,
                "Parquet files moved into place");
        counter(registry, workerMetrics, "tickflow.sink.bytes.written", PLUGIN_GROUP, SinkWriteCounters.BYTES_WRITTEN,
                "Bytes of Parquet files moved into place");
        counter(registry, workerMetrics, "tickflow.sink.records.rejected", PLUGIN_GROUP,
                SinkWriteCounters.RECORDS_REJECTED, "Records refused and reported as errant");
        counter(registry, workerMetrics, "tickflow.sink.records.read", TASK_GROUP, "sink-record-read-total",
                "Records Kafka Connect passed to the sink task");
    }

    private static void counter(MeterRegistry registry, Supplier<Map<MetricName, ? extends Metric>> metrics,
                                String name, String group, String kafkaName, String description) {
        FunctionCounter.builder(name, registry, KafkaMetricSelection.of(group, kafkaName).summing(metrics))
                .description(description).register(registry);
    }
}
