package io.tickflow.cli.run;

import io.tickflow.schemas.registry.AvroSerdeConfig;
import io.tickflow.sinks.connect.ParquetSinkConfig;
import io.tickflow.sinks.connect.ParquetSinkConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * Kafka Connect in standalone mode, in this JVM, running the Parquet sink connector: the worker Apache Kafka's
 * {@code connect-standalone.sh} starts, built through {@link ConnectStandalone#startConnect}, with the connector
 * created through the herder as the script does from a properties file.
 */
public final class StandaloneSink implements AutoCloseable {

    private final Connect<StandaloneHerder> connect;

    private StandaloneSink(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /**
     * Starts the worker and the connector; returns once the connector is created.
     *
     * @throws IllegalStateException when the worker or connector does not start within 60 s
     */
    public static StandaloneSink start(SinkSettings settings) throws IOException {
        Files.createDirectories(settings.stateDir());
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(workerProps(settings));
        StandaloneSink sink = new StandaloneSink(connect);
        try {
            FutureCallback<org.apache.kafka.connect.runtime.Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
            Map<String, String> connector = connectorProps(settings, defaultTasks(settings));
            connect.herder().putConnectorConfig(settings.connectorName(), connector, true, created);
            created.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            sink.close();
            throw new IllegalStateException("the Parquet sink connector did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            sink.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the sink", e);
        }
        return sink;
    }

    /**
     * The worker: raw bytes through ({@code ByteArrayConverter}, see the connector), committed records only
     * ({@code read_committed}: the streams app writes with exactly-once), plugins found by their
     * {@code META-INF/services} entries, REST on a free loopback port.
     */
    static Map<String, String> workerProps(SinkSettings settings) {
        Map<String, String> props = new HashMap<>();
        props.put(WorkerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(WorkerConfig.KEY_CONVERTER_CLASS_CONFIG, BYTES);
        props.put(WorkerConfig.VALUE_CONVERTER_CLASS_CONFIG, BYTES);
        props.put(StandaloneConfig.OFFSET_STORAGE_FILE_FILENAME_CONFIG,
                settings.stateDir().resolve("connect.offsets").toString());
        props.put(WorkerConfig.OFFSET_COMMIT_INTERVAL_MS_CONFIG, Long.toString(settings.commitIntervalMs()));
        props.put("listeners", "http://127.0.0.1:0");
        props.put(WorkerConfig.PLUGIN_DISCOVERY_CONFIG, "service_load");
        props.put("consumer.isolation.level", "read_committed");
        props.put("consumer.auto.offset.reset", "earliest");
        props.putAll(TASK_REBALANCE);
        props.putAll(settings.workerProps());
        return props;
    }

    /**
     * @param tasks {@code tasks.max} unless {@link SinkSettings#connectorProps()} names one
     */
    static Map<String, String> connectorProps(SinkSettings settings, int tasks) {
        Map<String, String> props = new HashMap<>();
        props.put(ConnectorConfig.NAME_CONFIG, settings.connectorName());
        props.put(ConnectorConfig.CONNECTOR_CLASS_CONFIG, ParquetSinkConnector.class.getName());
        props.put(ConnectorConfig.TASKS_MAX_CONFIG, Integer.toString(tasks));
        props.put(SinkConnector.TOPICS_CONFIG, String.join(",", settings.topics()));
        props.put(ParquetSinkConfig.ROOT_DIR_CONFIG, settings.root().toAbsolutePath().toString());
        props.put(ParquetSinkConfig.DATASET_VERSION_CONFIG, settings.version());
        props.put(ParquetSinkConfig.FLUSH_SIZE_CONFIG, Integer.toString(settings.flushSize()));
        props.put(ParquetSinkConfig.ROTATE_INTERVAL_MS_CONFIG, Long.toString(settings.rotateIntervalMs()));
        props.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, settings.registryUrl());
        props.putAll(settings.connectorProps());
        return props;
    }

    /**
     * One task per partition of the topics, at most one per processor: a task is one thread writing its partitions'
     * files, and Connect gives each partition to one task, so more tasks than partitions would idle and more than
     * processors would only take turns. Tasks share nothing but the manifests, which are updated under locks
     * ({@code DatasetManifest}). 1 when the partitions cannot be counted (a topic not created yet).
     */
    static int defaultTasks(SinkSettings settings) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()))) {
            int partitions = admin.describeTopics(settings.topics()).allTopicNames().get(30, TimeUnit.SECONDS).values()
                    .stream().mapToInt(topic -> topic.partitions().size()).sum();
            return Math.max(1, Math.min(partitions, Runtime.getRuntime().availableProcessors()));
        } catch (ExecutionException | TimeoutException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Every Kafka metric of the worker, its tasks included (Connect's {@code sink-task-metrics} and the task's plugin
     * metrics, see {@code SinkWriteCounters}); a live view, read at each call.
     */
    public Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> workerMetrics() {
        return connect.herder().connectMetrics().metrics().metrics();
    }

    private static final String BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";

    /**
     * How the tasks' consumers share the partitions. The tasks of a connector start one after another, so the first
     * task's consumer joins alone and takes every partition; each later join is a rebalance that the earlier members
     * only learn of at their next heartbeat (default every 3 s, measured: the second of two tasks idled 3 s of a 5 s
     * bench round), and with the default eager assignor every member then gives up all its partitions, so the sink
     * throws away the records it had gathered (its chunks are cut from committed offsets). The cooperative sticky
     * assignor moves only the partitions that change owner, so the first task keeps its own partition and its gathered
     * chunk (Connect's sink tasks handle incremental revocation since Kafka 3.1, KAFKA-12487); it takes two
     * generations (revoke, then assign), and each waits for the members' next heartbeat. A heartbeat every 100 ms
     * bounds that (measured, 2 tasks: the second task got its partition 1.15 s after the first with 500 ms
     * heartbeats, the first meanwhile reading both partitions on one thread); it is one small request per task every
     * 100 ms to the group coordinator. A worker property of the same name given by the user still wins.
     */
    static final Map<String, String> TASK_REBALANCE = Map.of(
            "consumer.partition.assignment.strategy", "org.apache.kafka.clients.consumer.CooperativeStickyAssignor",
            "consumer.heartbeat.interval.ms", "100");

    /** Stops the connector and the worker; offsets of files in place are committed on the way out. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
