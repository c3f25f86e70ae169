package io.tickflow.cli.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the start (committed records only) until enough matching values have arrived. */
final class TopicReader {
    private TopicReader() {
    }

    static <V> List<V> readUntil(String bootstrap, String topic, Deserializer<V> values, Predicate<V> keep,
                                 Predicate<List<V>> enough, Duration timeout) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-live-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<V> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            while (!enough.test(out)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + out.size() + " matching records on " + topic + " within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keep.test(r.value())) {
                        out.add(r.value());
                    }
                });
            }
        }
        return out;
    }
}
