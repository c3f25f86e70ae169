package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Meters of the Kafka Streams application: every Kafka Streams, consumer and producer metric through Micrometer's
 * {@link KafkaStreamsMetrics} (names {@code kafka_stream_*}, {@code kafka_consumer_*}: consumer lag is
 * {@code kafka_consumer_fetch_manager_records_lag_max}, RocksDB sizes are {@code kafka_stream_state_*} such as
 * {@code total_sst_files_size} and {@code estimate_num_keys}, recorded at level INFO since KIP-607), plus tickflow's
 * own summaries of them:
 * <ul>
 *   <li>{@code tickflow.streams.records.in} / {@code .out}, tag {@code topic}: records consumed from and produced to
 *   each topic (Kafka Streams' topic-level metrics of KIP-846, summed over threads, tasks and nodes);</li>
 *   <li>{@code tickflow.dead.letters}, tag {@code origin=streams}: records the topologies sent to {@code dead-letter}
 *   (per stage: {@code kafka_stream_topic_records_produced_total{topic="dead-letter"}} by {@code processor_node_id});</li>
 *   <li>{@code tickflow.streams.state.dir.bytes}: disk taken by the state folder (every store, RocksDB and checkpoints).</li>
 * </ul>
 */
public final class StreamsAppMetrics implements AutoCloseable {
    static final String TOPIC_GROUP = "stream-topic-metrics";
    /** Dead-letter count name shared with the producers' and live feed's counters; tag {@code origin} tells them apart. */
    public static final String DEAD_LETTERS = "tickflow.dead.letters";

    private final KafkaStreamsMetrics kafkaMetrics;
    private final ScheduledExecutorService refresher;

    private StreamsAppMetrics(KafkaStreamsMetrics kafkaMetrics, ScheduledExecutorService refresher) {
        this.kafkaMetrics = kafkaMetrics;
        this.refresher = refresher;
    }

    /**
     * Binds the application's meters.
     *
     * @param topics   topics to summarise in and out records for (normally every tickflow topic)
     * @param deadLetterTopic the topic whose produced records count as dead letters (normally {@code dead-letter})
     * @param stateDir the application's state folder ({@code state.dir}); its size is read at each scrape
     * @param refresh  how often new Kafka metrics (tasks created after a rebalance) are looked for
     */
    public static StreamsAppMetrics bind(MeterRegistry registry, KafkaStreams streams, Collection<String> topics,
                                         String deadLetterTopic, Path stateDir, Duration refresh) {
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tickflow-streams-metrics");
            t.setDaemon(true);
            return t;
        });
        KafkaStreamsMetrics kafkaMetrics = new KafkaStreamsMetrics(streams, List.of(), refresher, refresh);
        kafkaMetrics.bindTo(registry);
        Supplier<Map<MetricName, ? extends Metric>> metrics = streams::metrics;
        bindTopicSummaries(registry, metrics, topics, deadLetterTopic);
        Gauge.builder("tickflow.streams.state.dir", stateDir, DirectorySize::of).strongReference(true).baseUnit("bytes")
                .description("Disk taken by the Kafka Streams state folder").register(registry);
        return new StreamsAppMetrics(kafkaMetrics, refresher);
    }

    /** Binds with the defaults {@link Topics#ALL} and a 10 s refresh. */
    public static StreamsAppMetrics bind(MeterRegistry registry, KafkaStreams streams, Path stateDir) {
        return bind(registry, streams, Topics.ALL.stream().map(t -> t.name()).toList(), Topics.DEAD_LETTER.name(),
                stateDir, Duration.ofSeconds(10));
    }

    static void bindTopicSummaries(MeterRegistry registry, Supplier<Map<MetricName, ? extends Metric>> metrics,
                                   Collection<String> topics, String deadLetterTopic) {
        for (String topic : topics) {
            counter(registry, "tickflow.streams.records.in", topic, KafkaMetricSelection
                    .of(TOPIC_GROUP, "records-consumed-total").where("topic", topic), metrics);
            counter(registry, "tickflow.streams.records.out", topic, KafkaMetricSelection
                    .of(TOPIC_GROUP, "records-produced-total").where("topic", topic), metrics);
        }
        KafkaMetricSelection deadLetters = KafkaMetricSelection.of(TOPIC_GROUP, "records-produced-total")
                .where("topic", deadLetterTopic);
        FunctionCounter.builder(DEAD_LETTERS, registry, deadLetters.summing(metrics)).tags("origin", "streams", "kind", "topologies")
                .description("Rejected inputs sent to the dead-letter topic").register(registry);
    }

    private static void counter(MeterRegistry registry, String name, String topic, KafkaMetricSelection selection,
                                Supplier<Map<MetricName, ? extends Metric>> metrics) {
        FunctionCounter.builder(name, registry, selection.summing(metrics)).tag("topic", topic).register(registry);
    }

    @Override
    public void close() {
        kafkaMetrics.close();
        refresher.shutdownNow();
    }
}
