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
 * @param guarantee      processing guarantee [exactly-once v2]
 */
public record StreamsSettings(String applicationId, String bootstrapServers, Path stateDir, int threads,
                              Duration commitInterval, Guarantee guarantee) {

    /** Kafka Streams' processing guarantees this project runs with. */
    public enum Guarantee {
        /** exactly-once v2: outputs, changelogs and input offsets commit in one transaction. */
        EXACTLY_ONCE(StreamsConfig.EXACTLY_ONCE_V2),
        /** at-least-once: outputs are visible at once; a crash may repeat the records since the last commit. */
        AT_LEAST_ONCE(StreamsConfig.AT_LEAST_ONCE);

        private final String config;

        Guarantee(String config) {
            this.config = config;
        }

        /** The value of {@code processing.guarantee}. */
        public String config() {
            return config;
        }
    }

    /** Exactly-once settings, as every stage runs by default. */
    public StreamsSettings(String applicationId, String bootstrapServers, Path stateDir, int threads,
                           Duration commitInterval) {
        this(applicationId, bootstrapServers, stateDir, threads, commitInterval, Guarantee.EXACTLY_ONCE);
    }

    public StreamsSettings {
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(stateDir, "stateDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }

    /** These settings with another processing guarantee. */
    public StreamsSettings withGuarantee(Guarantee other) {
        return new StreamsSettings(applicationId, bootstrapServers, stateDir, threads, commitInterval, other);
    }

    /**
     * Streams properties: exactly-once v2 by default, so a crash never duplicates or loses a bar; consumers read
     * only committed input (a replay producer may abort).
     */
    public Properties toProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee.config());
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
