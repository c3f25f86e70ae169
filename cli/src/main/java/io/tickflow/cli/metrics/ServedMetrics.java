package io.tickflow.cli.metrics;

import io.tickflow.cli.run.LiveRun;
import io.tickflow.cli.run.SinkSettings;
import io.tickflow.cli.run.StandaloneSink;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.cli.run.TopicFollower;
import io.micrometer.core.instrument.Tags;
import io.tickflow.producers.live.LiveFeedCounters;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * The metrics of one long-running command, bound and served on {@code /metrics}: what {@code --metrics-port} turns on.
 * Closing stops the endpoint, the binders' threads and the registry; the measured service is left running.
 */
public final class ServedMetrics implements AutoCloseable {
    private static final Duration LAG_REFRESH = Duration.ofSeconds(5);

    private final TickflowMeters meters;
    private final MetricsEndpoint endpoint;

    private ServedMetrics(TickflowMeters meters, int port) {
        this.meters = meters;
        this.endpoint = meters.own(MetricsEndpoint.start(meters.registry(), port));
    }

    /**
     * The streams application's meters ({@link StreamsAppMetrics}), its consumer group's lag, and the end-to-end
     * alert latency measured by a follower of {@code alerts} that reads only alerts written from now on.
     */
    public static ServedMetrics forStreams(StreamsRunner runner, StreamsSettings settings,
                                           SchemaRegistryClient registry, int port) {
        return new ServedMetrics(streamsMeters("streams", runner, settings, registry), port);
    }

    /**
     * {@code tickflow live}: the streams application's meters as {@link #forStreams}, and the live feed's counters
     * ({@code tickflow_live_*_total}: frames, trades and bars produced, malformed frames, buffer-full refusals, failed
     * produces, connections, reconnects, gaps, late frames).
     */
    public static ServedMetrics forLive(LiveRun run, StreamsSettings settings, SchemaRegistryClient registry,
                                        int port) {
        TickflowMeters meters = streamsMeters("live", run.streams(), settings, registry);
        LiveFeedCounters c = run.feed().counters();
        Map<String, LongSupplier> counters = new LinkedHashMap<>();
        counters.put("frames", c::framesReceived);
        counters.put("trades.produced", c::tradesProduced);
        counters.put("bars.produced", c::barsProduced);
        counters.put("malformed", c::malformed);
        counters.put("buffer.full", c::bufferFull);
        counters.put("produce.failed", c::produceFailed);
        counters.put("connections", c::connections);
        counters.put("reconnects", c::reconnects);
        counters.put("gaps", c::gaps);
        counters.put("late.frames", c::lateFrames);
        SupplierMeters.counters(meters.registry(), "tickflow.live", counters, Tags.empty());
        return new ServedMetrics(meters, port);
    }

    private static TickflowMeters streamsMeters(String component, StreamsRunner runner, StreamsSettings settings,
                                                SchemaRegistryClient registry) {
        TickflowMeters meters = new TickflowMeters(component);
        meters.own(StreamsAppMetrics.bind(meters.registry(), runner.kafkaStreams(), settings.stateDir()));
        meters.own(ConsumerGroupLag.start(meters.registry(), admin(settings.bootstrapServers()),
                settings.applicationId(), LAG_REFRESH));
        AlertLatency latency = new AlertLatency(meters.registry());
        meters.own(TopicFollower.start(settings.bootstrapServers(), Topics.ALERTS.name(),
                Topics.ALERTS.valueSerde(registry).deserializer(), 0,
                (org.apache.kafka.clients.consumer.ConsumerRecord<String, Alert> r) -> latency.record(r.value(), Instant.now())));
        return meters;
    }

    /** The sink's meters ({@link SinkMetrics}) and the lag of its consumer group {@code connect-<name>}. */
    public static ServedMetrics forSink(StandaloneSink sink, SinkSettings settings, int port) {
        TickflowMeters meters = new TickflowMeters("sink");
        SinkMetrics.bind(meters.registry(), sink::workerMetrics);
        meters.own(ConsumerGroupLag.start(meters.registry(), admin(settings.bootstrapServers()),
                "connect-" + settings.connectorName(), LAG_REFRESH));
        return new ServedMetrics(meters, port);
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }

    public URI uri() {
        return endpoint.uri();
    }

    public TickflowMeters meters() {
        return meters;
    }

    @Override
    public void close() {
        meters.close();
    }
}
