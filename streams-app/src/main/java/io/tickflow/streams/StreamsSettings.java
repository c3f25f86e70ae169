package io.tickflow.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the Kafka Streams application runs.
 *
 * @param applicationId  consumer group and prefix of internal topics; one per deployment of the graph
 * @param bootstrapServers Kafka bootstrap servers
 * @param stateDir       RocksDB state folder; keep it between runs so restarts do not replay changelogs
 * @param threads        stream threads of this instance
 * @param commitInterval exactly-once commit interval: latency of outputs versus transaction overhead
 */
public record StreamsSettings(String applicationId, String bootstrapServers, Path stateDir, int threads,
                              Duration commitInterval) {
    public StreamsSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(stateDir, "stateDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }

    /**
     * Streams properties: exactly-once v2, so a crash never duplicates or loses a bar; consumers read only
     * committed input (a replay producer may abort).
     */
    public Properties toProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        // Replayed history arrives far faster than real time; larger fetches keep the single broker busy.
        p.put(StreamsConfig.consumerPrefix("max.poll.records"), 5000);
        p.put(StreamsConfig.producerPrefix("linger.ms"), 20);
        // Every task of the graph reads one input partition (other topics feed global stores), so waiting for data on
        // all of a task's partitions before processing (task idling) orders nothing here. Left on (0), Kafka Streams
        // 4.4 formats a log text per empty partition on every processing step, even with TRACE off: 13% of the
        // stream thread's samples in a profile of `tickflow bench`.
        p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        // No compression: changelog and output batches are small and frequent under exactly-once commits, and a
        // profile of the bars topology showed LZ4 stream set-up per batch among its top costs.
        return p;
    }
}
