package io.tickflow.cli.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link StandaloneSink} runs: which topics, from which cluster, into which layout root.
 *
 * @param bootstrapServers Kafka {@code host:port,...}
 * @param registryUrl      schema registry URL (may hold credentials; never printed)
 * @param topics           topics to land, at least one
 * @param root             layout root folder
 * @param version          period name for {@code {version}} in dataset folders
 * @param flushSize        records per Kafka partition per chunk of files, &gt;= 1
 * @param rotateIntervalMs record-time span of a chunk in ms; &lt;= 0 off
 * @param commitIntervalMs how often Connect asks the task for durable offsets and commits them, ms, &gt;= 1
 * @param stateDir         folder for the worker's own offsets file
 * @param connectorName    connector name; its consumer group is {@code connect-<name>}
 * @param connectorProps   further connector properties, e.g. {@code topic.<name>.folder}; they win over the above
 * @param workerProps      further worker properties, e.g. {@code consumer.session.timeout.ms}; they win too
 */
public record SinkSettings(String bootstrapServers, String registryUrl, List<String> topics, Path root, String version,
                           int flushSize, long rotateIntervalMs, long commitIntervalMs, Path stateDir,
                           String connectorName, Map<String, String> connectorProps,
                           Map<String, String> workerProps) {

    /** The connector name {@code tickflow sink} uses unless told otherwise. */
    public static final String DEFAULT_NAME = "tickflow-parquet-sink";

    public SinkSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(registryUrl, "registryUrl");
        topics = List.copyOf(topics);
        connectorProps = Map.copyOf(connectorProps);
        workerProps = Map.copyOf(workerProps);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("name at least one topic");
        }
        if (commitIntervalMs < 1) {
            throw new IllegalArgumentException("commitIntervalMs must be >= 1");
        }
    }
}
