package io.tickflow.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Consumes an output topic from its current end (read_committed) on its own thread and records, per record,
 * {@code System.nanoTime()} at receipt minus the send time the input's producer wrote in header {@value #HEADER}
 * (same JVM, so the same clock). Records sent before {@code measureFromNanos} (warm-up) are not counted. With a
 * dump file, every measured record also gives a line {@code sent_epoch_ns,latency_ns,to_streams_ns,in_streams_ns,
 * to_probe_ns} there: the send time on the wall clock, so slow alerts can be lined up with GC logs, JFR and commits,
 * and the latency's three legs from the {@link StageStamps} (garbage when the application ran without them).
 */
final class LatencyProbe implements AutoCloseable {
    static final String HEADER = "bench-sent-nanos";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final long measureFromNanos;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private long[] latencies = new long[1 << 16];
    private int count;
    private long outside;
    /** Wall-clock ns minus {@code System.nanoTime()}, fixed once. */
    private final long epochOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    private final Optional<Path> dumpFile;
    private final StringBuilder dump = new StringBuilder();

    LatencyProbe(String bootstrap, String topic, int partitions, long measureFromNanos) {
        this(bootstrap, topic, partitions, measureFromNanos, Optional.empty());
    }

    /** @param dumpFile where to write each measured record's send time and latency when stopped; empty for none */
    LatencyProbe(String bootstrap, String topic, int partitions, long measureFromNanos,
                 Optional<Path> dumpFile) {
        this.dumpFile = dumpFile;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> tps = java.util.stream.IntStream.range(0, partitions)
                .mapToObj(p -> new TopicPartition(topic, p)).toList();
        consumer.assign(tps);
        consumer.seekToEnd(tps);
        tps.forEach(consumer::position); // resolve the end now, before any input is produced
        this.measureFromNanos = measureFromNanos;
        this.thread = new Thread(this::loop, "bench-latency-probe");
        thread.start();
    }

    private void loop() {
        while (!stop.get()) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                long sent = StageStamps.stamp(r.headers(), HEADER);
                if (sent < measureFromNanos) {
                    outside++;
                    continue;
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = now - sent;
                if (dumpFile.isPresent()) {
                    long polled = StageStamps.stamp(r.headers(), StageStamps.POLLED);
                    long produced = StageStamps.stamp(r.headers(), StageStamps.PRODUCED);
                    dump.append(epochOffsetNanos + sent).append(',').append(now - sent).append(',')
                            .append(polled - sent).append(',').append(produced - polled).append(',')
                            .append(now - produced).append('\n');
                }
            }
        }
    }

    /** Stops after draining for {@code drain}, and returns the sorted latencies, ns. */
    long[] stopAfter(Duration drain) throws InterruptedException {
        Thread.sleep(drain.toMillis());
        stop.set(true);
        thread.join();
        if (dumpFile.isPresent()) {
            try {
                Files.createDirectories(dumpFile.get().toAbsolutePath().getParent());
                Files.writeString(dumpFile.get(), "sent_epoch_ns,latency_ns,to_streams_ns,in_streams_ns,to_probe_ns\n" + dump);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Records outside the measured window (warm-up). */
    long outside() {
        return outside;
    }

    @Override
    public void close() {
        stop.set(true);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
