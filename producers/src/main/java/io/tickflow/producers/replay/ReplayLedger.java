package io.tickflow.producers.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Which files of a replay are finished, and how far an unfinished one got, kept in a compacted Kafka topic and
 * written inside the same transaction as the records it accounts for. So the ledger and the topics can never
 * disagree: a kill before a commit loses both the records and their ledger entry (the next producer with the same
 * transactional id aborts the open transaction), a kill after it keeps both. Read with {@code read_committed}.
 *
 * <p>Key {@code <replay id>|<file>}; value {@code <events done>|<done>} where events count the file's records and
 * rejections in read order (deterministic for a given file).
 */
public final class ReplayLedger {

    /** Default ledger topic. */
    public static final String TOPIC = "_tickflow-replay-ledger";

    /** How far a file got. */
    public record FileProgress(long events, boolean done) {
        static final FileProgress NONE = new FileProgress(0, false);
    }

    private final String topic;
    private final String replayId;
    private final Map<String, FileProgress> progress;

    private ReplayLedger(String topic, String replayId, Map<String, FileProgress> progress) {
        this.topic = topic;
        this.replayId = replayId;
        this.progress = progress;
    }

    /**
     * Reads what was committed for {@code replayId}; the topic must exist ({@link #ensureTopic}).
     */
    public static ReplayLedger load(String bootstrapServers, String topic, String replayId) {
        Map<String, FileProgress> progress = new HashMap<>();
        String prefix = replayId + "|";
        for (ConsumerRecord<String, String> r : readAll(bootstrapServers, topic)) {
            if (r.key() != null && r.key().startsWith(prefix) && r.value() != null) {
                String[] parts = r.value().split("\\|");
                progress.put(r.key().substring(prefix.length()),
                        new FileProgress(Long.parseLong(parts[0]), Boolean.parseBoolean(parts[1])));
            }
        }
        return new ReplayLedger(topic, replayId, progress);
    }

    /** A ledger holding {@code progress} per key, as {@link #load} would have read it (for tests). */
    static ReplayLedger of(String topic, String replayId, Map<String, FileProgress> progress) {
        return new ReplayLedger(topic, replayId, new HashMap<>(progress));
    }

    /** An empty ledger for tests and first runs that need no broker read. */
    public static ReplayLedger empty(String topic, String replayId) {
        return new ReplayLedger(topic, replayId, new HashMap<>());
    }

    public String replayId() {
        return replayId;
    }

    /** What was committed for {@code file} (by its string form), or nothing done. */
    public FileProgress progressOf(String file) {
        return progress.getOrDefault(file, FileProgress.NONE);
    }

    /** The ledger record saying {@code file} got to {@code events}; send it in the transaction it accounts for. */
    ProducerRecord<String, Object> mark(String file, long events, boolean done) {
        progress.put(file, new FileProgress(events, done));
        return new ProducerRecord<>(topic, replayId + "|" + file, events + "|" + done);
    }

    /** Creates the ledger topic (compacted, one partition) unless it exists. */
    public static void ensureTopic(Admin admin, String topic) {
        try {
            Set<String> names = admin.listTopics().names().get();
            if (!names.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create ledger topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        try {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        } finally {
            // Without waiting: a plain close waits for the fetch the consumer sent ahead past the end, which the broker
            // holds for fetch.max.wait.ms (500 ms) as no data comes; that was a quarter of a 20-file replay's time.
            // Nothing is lost: the consumer has no group and commits nothing.
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
    }
}
