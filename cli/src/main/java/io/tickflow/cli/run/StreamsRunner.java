package io.tickflow.cli.run;

import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.TickflowTopology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tickflow's topology as a Kafka Streams application, and tells when it has consumed all its input. */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaStreams streams;
    private final StreamsSettings settings;

    private StreamsRunner(KafkaStreams streams, StreamsSettings settings) {
        this.streams = streams;
        this.settings = settings;
    }

    /** Starts the application and waits until it is RUNNING. */
    public static StreamsRunner start(StreamsSettings settings, TickflowTopology.Stages stages,
                                      SchemaRegistryClient registry) {
        return start(settings, TickflowTopology.build(stages, registry));
    }

    /** Starts any topology (one stage alone, or a composition) and waits until it is RUNNING. */
    public static StreamsRunner start(StreamsSettings settings, Topology topology) {
        return start(settings, settings.toProperties(), topology);
    }

    /**
     * Starts any topology with {@code properties} (made from {@code settings}, with a command's own additions) and
     * waits until it is RUNNING.
     */
    public static StreamsRunner start(StreamsSettings settings, java.util.Properties properties, Topology topology) {
        KafkaStreams streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; shutting the application down", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        StreamsRunner runner = new StreamsRunner(streams, settings);
        runner.await(s -> s == KafkaStreams.State.RUNNING, START_TIMEOUT, "start");
        return runner;
    }

    /** The running application, for metrics binders (Micrometer's {@code KafkaStreamsMetrics}). */
    public KafkaStreams kafkaStreams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The application's metrics (stream threads, tasks, its producers and consumers), live. */
    public Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> metrics() {
        return streams.metrics();
    }

    /**
     * Waits until the application's committed offsets on {@code topic} reach the topic's end: every input record
     * has been processed and its outputs committed (exactly-once commits outputs and offsets together).
     *
     * @throws IllegalStateException when the application fails or the timeout passes first
     */
    public void awaitCaughtUp(String topic, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", settings.bootstrapServers()))) {
            while (!caughtUp(admin, topic)) {
                if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                    throw new IllegalStateException("streams application stopped: " + streams.state());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("streams did not consume " + topic + " within " + timeout);
                }
                // Short polls: the caller's clock stops here, and a 250 ms step added up to 0.25 s to a 5 s bench round.
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    private boolean caughtUp(Admin admin, String topic) {
        try {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(settings.applicationId()).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                    || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset()));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + topic + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the application cleanly: state stores are flushed, the last transaction committed, and the consumer
     * group left, so that a restart (the next morning, or after a crash test's cut) gets its tasks at once instead of
     * waiting out the old member's session timeout (45 s); Kafka Streams stays in the group on close by default.
     */
    @Override
    public void close() {
        streams.close(org.apache.kafka.streams.CloseOptions
                .groupMembershipOperation(org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(60)));
    }

    private void await(java.util.function.Predicate<KafkaStreams.State> reached, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached.test(streams.state())) {
            if (streams.state() == KafkaStreams.State.ERROR || System.nanoTime() > deadline) {
                streams.close(Duration.ofSeconds(10));
                throw new IllegalStateException("streams application did not " + what + " (state " + streams.state() + ")");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
