package io.tickflow.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The Kafka Streams, producer and consumer metrics that say where a bench round's time went, as text lines: is the
 * stream thread polling, processing, punctuating or committing; is it blocked on Kafka; how many records went to
 * each topic (outputs and changelogs); how long transactions and flushes took; how full fetches and batches were.
 *
 * <p>Ratios ({@code *-ratio}) and averages are over Kafka's metric window (two 30 s samples by default), so they
 * describe a round of a few tens of seconds as a whole; totals count from the client's start.
 */
public final class StreamsMetricsReport {
    /** Metric names printed, by metric group. */
    private static final Map<String, Set<String>> SELECTED = Map.of(
            "stream-thread-metrics", Set.of("poll-ratio", "process-ratio", "punctuate-ratio", "commit-ratio",
                    "blocked-time-ns-total", "thread-start-time", "process-latency-avg", "process-rate",
                    "commit-latency-avg", "commit-latency-max", "commit-total", "poll-latency-avg", "poll-records-avg"),
            "stream-task-metrics", Set.of("process-rate", "enforced-processing-total"),
            "producer-metrics", Set.of("txn-commit-time-ns-total", "txn-begin-time-ns-total",
                    "txn-send-offsets-time-ns-total", "flush-time-ns-total", "bufferpool-wait-time-ns-total",
                    "record-queue-time-avg", "records-per-request-avg", "batch-size-avg", "request-latency-avg",
                    "record-send-total"),
            "producer-topic-metrics", Set.of("record-send-total", "byte-total"),
            "consumer-fetch-manager-metrics", Set.of("fetch-latency-avg", "records-per-request-avg",
                    "fetch-size-avg", "records-consumed-total"));

    private StreamsMetricsReport() {
    }

    /**
     * One line per selected metric: {@code group name {tags} = value}, sorted, tags without {@code client-id}
     * noise where a thread or task id says more. Metrics that have no value yet (NaN) are left out.
     */
    public static List<String> lines(Map<MetricName, ? extends Metric> metrics) {
        Map<String, String> sorted = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            Set<String> wanted = SELECTED.get(name.group());
            if (wanted != null && wanted.contains(name.name())) {
                Object value = metric.metricValue();
                if (!(value instanceof Double d && d.isNaN())) {
                    sorted.put(name.group() + " " + name.name() + " " + tags(name), format(value));
                }
            }
        });
        List<String> out = new ArrayList<>();
        sorted.forEach((k, v) -> out.add(k + " = " + v));
        return out;
    }

    private static String tags(MetricName name) {
        Map<String, String> tags = new TreeMap<>(name.tags());
        tags.computeIfPresent("client-id", (k, v) -> shorten(v));
        tags.computeIfPresent("thread-id", (k, v) -> shorten(v));
        return tags.toString();
    }

    /** Client ids repeat the application id and a UUID; the suffix after it names the client's role. */
    private static String shorten(String id) {
        int thread = id.indexOf("StreamThread-");
        return thread >= 0 ? id.substring(thread) : id;
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", d.longValue())
                    : String.format(Locale.ROOT, "%,.3f", d);
        }
        return String.valueOf(value);
    }
}
