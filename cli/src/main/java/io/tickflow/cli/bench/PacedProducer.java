package io.tickflow.cli.bench;

import io.tickflow.cli.run.LiveRun;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces synthetic records (record n from {@code records}, serialized by the producer at send time) at a target rate: before each send it computes how many
 * are due since the start and sends until caught up, then parks ~0.2 ms. Each record carries its send time
 * ({@code System.nanoTime()}) in header {@value LatencyProbe#HEADER}. The producer has {@code tickflow live}'s settings
 * ({@link LiveRun#liveProducerSettings}: linger 1 ms, 256 KB batches, acks=all), since a live trade waits in that
 * producer before it reaches the topology.
 *
 * @param <V> the record value
 */
final class PacedProducer<V> {
    private final Serializer<V> serializer;
    private final LongFunction<ProducerRecord<String, V>> records;
    private final long available;
    private final String source;

    /**
     * @param available records {@code records} can give (0 .. available - 1)
     * @param source    where the records come from, for reports ("prepared", "generated")
     */
    PacedProducer(Serializer<V> serializer, LongFunction<ProducerRecord<String, V>> records, long available,
                  String source) {
        this.serializer = serializer;
        this.records = records;
        this.available = available;
        this.source = source;
    }

    /** Where the records come from, as given. */
    String source() {
        return source;
    }

    /** @return records sent */
    long produce(String bootstrap, int ratePerSecond, long startNanos, Duration duration) {
        long sent = 0;
        long end = startNanos + duration.toNanos();
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(LiveRun.liveProducerSettings(bootstrap),
                new StringSerializer(), serializer)) {
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
        record.headers().add(LatencyProbe.HEADER, StageStamps.now());
        producer.send(record);
    }
}
