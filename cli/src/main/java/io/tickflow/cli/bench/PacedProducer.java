package io.tickflow.cli.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces synthetic records (record n from {@code records}) at a target rate: before each send it computes how many
 * are due since the start and sends until caught up, then parks ~0.2 ms. Each record carries its send time
 * ({@code System.nanoTime()}) in header {@value LatencyProbe#HEADER}. linger.ms 1: at these rates batches still fill,
 * and a record waits at most 1 ms in the producer.
 *
 * @param <V> the record value
 */
final class PacedProducer<V> {
    private final Serializer<V> serializer;
    private final LongFunction<ProducerRecord<String, V>> records;
    private final long available;

    /** @param available records {@code records} can give (0 .. available - 1) */
    PacedProducer(Serializer<V> serializer, LongFunction<ProducerRecord<String, V>> records, long available) {
        this.serializer = serializer;
        this.records = records;
        this.available = available;
    }

    /** @return records sent */
    long produce(String bootstrap, int ratePerSecond, long startNanos, Duration duration) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 1, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        long sent = 0;
        long end = startNanos + duration.toNanos();
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                long due = Math.min(available, (long) ((now - startNanos) / 1e9 * ratePerSecond));
                while (sent < due) {
                    send(producer, sent++);
                }
                LockSupport.parkNanos(200_000);
            }
        }
        return sent;
    }

    private void send(KafkaProducer<String, V> producer, long n) {
        ProducerRecord<String, V> record = records.apply(n);
        record.headers().add(LatencyProbe.HEADER, ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array());
        producer.send(record);
    }
}
