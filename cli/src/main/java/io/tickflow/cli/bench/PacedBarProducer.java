package io.tickflow.cli.bench;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces {@link SpikyMinuteBars} into bars.1m at a target rate: before each send it computes how many bars are due
 * since the start and sends until caught up, then parks ~0.2 ms. Each record carries its send time
 * ({@code System.nanoTime()}) in header {@value LatencyProbe#HEADER}; record time = the bar's window start.
 * linger.ms 1: at these rates batches still fill, and a bar waits at most 1 ms in the producer.
 */
final class PacedBarProducer {
    private final String bootstrap;
    private final SchemaRegistryClient registry;
    private final SpikyMinuteBars bars;

    PacedBarProducer(String bootstrap, SchemaRegistryClient registry, SpikyMinuteBars bars) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.bars = bars;
    }

    /** @return bars sent */
    long produce(int ratePerSecond, long startNanos, Duration duration) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 1, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        long sent = 0;
        long end = startNanos + duration.toNanos();
        try (KafkaProducer<String, Bar> producer = new KafkaProducer<>(config, new StringSerializer(),
                Topics.BARS_1M.valueSerde(registry).serializer())) {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                long due = (long) ((now - startNanos) / 1e9 * ratePerSecond);
                while (sent < due) {
                    send(producer, sent++);
                }
                LockSupport.parkNanos(200_000);
            }
        }
        return sent;
    }

    private void send(KafkaProducer<String, Bar> producer, long n) {
        Bar bar = bars.bar(n);
        ProducerRecord<String, Bar> record = new ProducerRecord<>(Topics.BARS_1M.name(), null,
                bar.getWindowStart() / 1_000_000L, bar.getTicker(), bar);
        record.headers().add(LatencyProbe.HEADER, ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array());
        producer.send(record);
    }
}
