package io.tickflow.cli.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of per-ticker-session updates ({@code daily.metrics}, {@code universe.info-rich}) from its beginning
 * to the end it has when the read starts, keeping only the last value of each (ticker, date): the topology publishes
 * every change of a session's row as a new record with the same key, and a reader keeps the latest.
 *
 * <p>Only committed records are read ({@code read_committed}), so an aborted transaction's updates never land.
 * The reduction is done while reading: memory holds one value per ticker-session, not every update. A record that
 * cannot be deserialized or has no value is counted and skipped, never landed.
 *
 * @param <V> the value type
 */
public final class LatestPerSession<V> {
    private static final Duration POLL = Duration.ofMillis(200);

    private final Function<V, String> ticker;
    private final Function<V, LocalDate> date;

    /**
     * @param ticker the ticker of a value
     * @param date   the session date of a value
     */
    public LatestPerSession(Function<V, String> ticker, Function<V, LocalDate> date) {
        this.ticker = ticker;
        this.date = date;
    }

    /**
     * What a read produced.
     *
     * @param rows         the last value of each (ticker, date), ordered by ticker then date
     * @param recordsRead  records consumed, updates included
     * @param undecodable  records that could not be deserialized (skipped)
     * @param withoutValue records with a null value (skipped)
     */
    public record Latest<V>(List<V> rows, long recordsRead, long undecodable, long withoutValue) {
    }

    /** Reads {@code topic} up to its current end (a fresh, group-less consumer: nothing is committed). */
    public Latest<V> read(String bootstrapServers, String topic, Deserializer<V> values) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Map<SessionKey, V> last = new HashMap<>();
        long[] counts = new long[3];
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                pollOnce(consumer, last, counts);
            }
        }
        List<V> rows = last.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        return new Latest<>(rows, counts[0], counts[1], counts[2]);
    }

    private void pollOnce(KafkaConsumer<String, V> consumer, Map<SessionKey, V> last, long[] counts) {
        try {
            for (ConsumerRecord<String, V> r : consumer.poll(POLL)) {
                counts[0]++;
                if (r.value() == null) {
                    counts[2]++;
                } else {
                    last.put(new SessionKey(ticker.apply(r.value()), date.apply(r.value())), r.value());
                }
            }
        } catch (RecordDeserializationException e) {
            counts[0]++;
            counts[1]++;
            consumer.seek(e.topicPartition(), e.offset() + 1); // skip the poison record, keep the rest
        }
    }

    private record SessionKey(String ticker, LocalDate date) implements Comparable<SessionKey> {
        private static final Comparator<SessionKey> ORDER = Comparator.comparing(SessionKey::ticker)
                .thenComparing(SessionKey::date);

        @Override
        public int compareTo(SessionKey other) {
            return ORDER.compare(this, other);
        }
    }
}
