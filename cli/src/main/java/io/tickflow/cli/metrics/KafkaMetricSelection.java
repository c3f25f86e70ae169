package io.tickflow.cli.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Kafka metrics of one group and name, possibly narrowed by one tag, summed over every instance (thread, task,
 * partition) a Kafka client or runtime registered. Read at scrape time, so instances that appear later (tasks
 * created after a rebalance) count without re-binding.
 *
 * @param group    Kafka metric group, e.g. {@code stream-topic-metrics}
 * @param name     Kafka metric name, e.g. {@code records-produced-total}
 * @param tagKey   tag that must match, or null for every instance
 * @param tagValue required value of {@code tagKey}
 */
public record KafkaMetricSelection(String group, String name, String tagKey, String tagValue) {
    public KafkaMetricSelection {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
    }

    /** Every instance of {@code group}/{@code name}. */
    public static KafkaMetricSelection of(String group, String name) {
        return new KafkaMetricSelection(group, name, null, null);
    }

    /** Only the instances whose tag {@code key} equals {@code value}. */
    public KafkaMetricSelection where(String key, String value) {
        return new KafkaMetricSelection(group, name, key, value);
    }

    /** The sum of the selected numeric values; 0 when none is registered yet, NaN and non-numbers skipped. */
    public double sum(Map<MetricName, ? extends Metric> metrics) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (selects(e.getKey()) && e.getValue().metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                sum += n.doubleValue();
            }
        }
        return sum;
    }

    /**
     * A function for Micrometer's function meters: the sum over what {@code metrics} holds at each scrape. Function
     * meters hold their state object weakly and their function strongly, so pass a long-lived state object (the
     * registry) and let this function keep {@code metrics} alive.
     */
    public <T> ToDoubleFunction<T> summing(Supplier<Map<MetricName, ? extends Metric>> metrics) {
        return ignored -> sum(metrics.get());
    }

    boolean selects(MetricName metric) {
        return metric.group().equals(group) && metric.name().equals(name)
                && (tagKey == null || tagValue.equals(metric.tags().get(tagKey)));
    }
}
