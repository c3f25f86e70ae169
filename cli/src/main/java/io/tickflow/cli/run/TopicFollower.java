package io.tickflow.cli.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one topic on a background thread and hands every committed record to a callback: every partition
 * assigned (no consumer group, nothing committed: each follower sees the whole topic), starting a bounded number of
 * records before the end of each partition. For views that show the latest state ({@code tickflow web}) and for
 * probes ({@link io.tickflow.cli.metrics.AlertLatency}).
 *
 * <p>{@code read_committed}: tickflow's streams application writes with exactly-once, and aborted records must not
 * show. A record whose value cannot be decoded is skipped with a log line and counted in {@link #rejected()}; so is
 * one the callback throws on. A topic that does not exist yet is waited for.
 */
public final class TopicFollower<V> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final long TOPIC_WAIT_MS = 1000;

    private final KafkaConsumer<String, V> consumer;
    private final String topic;
    private final long backlog;
    private final Consumer<ConsumerRecord<String, V>> onRecord;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Thread thread;
    private final Map<TopicPartition, Long> endsAtStart = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running = true;

    private TopicFollower(KafkaConsumer<String, V> consumer, String topic, long backlog,
                          Consumer<ConsumerRecord<String, V>> onRecord) {
        this.consumer = consumer;
        this.topic = topic;
        this.backlog = backlog;
        this.onRecord = onRecord;
        this.thread = new Thread(this::run, "tickflow-follow-" + topic);
        this.thread.setDaemon(true);
    }

    /**
     * Starts following.
     *
     * @param backlog  records to read before the end of each partition at start (0: only new ones;
     *                 {@link Long#MAX_VALUE}: from the beginning)
     * @param onRecord called on the follower's thread, in offset order per partition
     */
    public static <V> TopicFollower<V> start(String bootstrapServers, String topic, Deserializer<V> values, long backlog,
                                             Consumer<ConsumerRecord<String, V>> onRecord) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tickflow-follow-" + topic);
        TopicFollower<V> follower = new TopicFollower<>(new KafkaConsumer<>(p, new StringDeserializer(), values),
                Objects.requireNonNull(topic, "topic"), backlog, Objects.requireNonNull(onRecord, "onRecord"));
        follower.thread.start();
        return follower;
    }

    /**
     * True when {@code record} was written after the follower started (it is not part of the backlog read back):
     * only such records tell how late things arrive now.
     */
    public boolean arrivedAfterStart(ConsumerRecord<String, V> record) {
        Long end = endsAtStart.get(new TopicPartition(record.topic(), record.partition()));
        return end != null && record.offset() >= end;
    }

    /** Records handed to the callback so far. */
    public long received() {
        return received.get();
    }

    /** Records skipped so far: undecodable, or the callback failed on them. */
    public long rejected() {
        return rejected.get();
    }

    /** The follower's consumer, for client metrics binders; used by the follower's thread only otherwise. */
    public KafkaConsumer<String, V> consumer() {
        return consumer;
    }

    private void run() {
        try {
            if (assign()) {
                while (running) {
                    pollOnce();
                }
            }
        } catch (WakeupException stopping) {
            // close() was called
        } catch (RuntimeException e) {
            LOG.error("following {} stopped", topic, e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private boolean assign() throws WakeupException {
        List<TopicPartition> partitions = List.of();
        while (running && partitions.isEmpty()) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                LOG.info("waiting for topic {} to exist", topic);
                sleep();
            }
        }
        if (!running) {
            return false;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        consumer.endOffsets(partitions).forEach((tp, end) -> {
            endsAtStart.put(tp, end);
            consumer.seek(tp, Math.max(begin.get(tp), backlog >= end ? 0 : end - backlog));
        });
        return true;
    }

    private void pollOnce() {
        try {
            for (ConsumerRecord<String, V> record : consumer.poll(POLL)) {
                deliver(record);
            }
        } catch (RecordDeserializationException e) {
            rejected.incrementAndGet();
            LOG.warn("skipping undecodable record {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    private void deliver(ConsumerRecord<String, V> record) {
        try {
            onRecord.accept(record);
            received.incrementAndGet();
        } catch (RuntimeException e) {
            rejected.incrementAndGet();
            LOG.warn("record {}-{} offset {} was refused: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(TOPIC_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops the thread and closes the consumer; waits up to 10 s. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
