package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer lag of one consumer group, per topic, from the cluster's point of view (committed offsets against the
 * last stable offsets): {@code tickflow.consumer.group.lag{group, topic}}, in records. Works for any group (the
 * sink's {@code connect-<name>}, the streams application id) without access to its consumers; refreshed in the
 * background, so a scrape never waits for the cluster. The stable end ({@code read_committed}) is used because
 * tickflow's writers are transactional: aborted records would otherwise count as lag forever.
 */
public final class ConsumerGroupLag implements AutoCloseable {
    /** Gauge name; Prometheus shows {@code tickflow_consumer_group_lag_records}. */
    public static final String GAUGE = "tickflow.consumer.group.lag";
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerGroupLag.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;
    private final String group;
    private final MultiGauge gauge;
    private final ScheduledExecutorService refresher;

    private ConsumerGroupLag(Admin admin, String group, MultiGauge gauge, ScheduledExecutorService refresher) {
        this.admin = admin;
        this.group = group;
        this.gauge = gauge;
        this.refresher = refresher;
    }

    /**
     * Starts refreshing the lag of {@code group} every {@code every}.
     *
     * @param admin owned from now on: closed with this object
     */
    public static ConsumerGroupLag start(MeterRegistry registry, Admin admin, String group, Duration every) {
        MultiGauge gauge = MultiGauge.builder(GAUGE).baseUnit("records")
                .description("Records of a topic not yet consumed by a consumer group").register(registry);
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tickflow-lag-" + group);
            t.setDaemon(true);
            return t;
        });
        ConsumerGroupLag lag = new ConsumerGroupLag(admin, group, gauge, refresher);
        refresher.scheduleWithFixedDelay(lag::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return lag;
    }

    /**
     * Lag per topic: for each committed partition, the end offset minus the committed one, never below 0 (a
     * committed offset may pass the stable end while a transaction is open). Partitions without an end are skipped.
     */
    static Map<String, Long> lagByTopic(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        Map<String, Long> lag = new TreeMap<>();
        committed.forEach((partition, offset) -> {
            Long end = ends.get(partition);
            if (end != null) {
                lag.merge(partition.topic(), Math.max(0, end - offset), Long::sum);
            }
        });
        return lag;
    }

    void refresh() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        offsets.forEach((p, o) -> {
            if (o != null) {
                committed.put(p, o.offset());
            }
        });
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((p, info) -> ends.put(p, info.offset()));
        List<MultiGauge.Row<?>> rows = lagByTopic(committed, ends).entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("group", group, "topic", e.getKey()), e.getValue()))
                .toList();
        gauge.register(rows, true);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The cluster may be briefly unreachable; the last values stay until the next refresh succeeds.
            LOG.warn("cannot read the lag of consumer group {}: {}", group, e.getMessage());
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
