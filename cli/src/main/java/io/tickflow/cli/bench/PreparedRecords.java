package io.tickflow.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Synthetic records built and serialized before a latency run starts, so that the producer's send loop only sends:
 * in production the producer of the input (the replay or the live adapter) is another process, and building and
 * Avro-encoding 100k records/s in the measured JVM took more CPU than the topology itself (JFR, 2 cores). The bytes
 * are the same Confluent-format Avro the serializer writes at send time; record n is {@code source.apply(n)}.
 *
 * <p>The values sit back to back in a few 16 MB blocks, not in one array per record: a run's two million small
 * arrays stayed live in the measured JVM's old generation (and the previous run's as garbage until a concurrent
 * cycle), which a live process does not carry, and young pauses in the runs after a preparation were 2-3x those of a
 * clean heap (session 5). Each send copies its value out, as a live producer's serializer allocates its bytes.
 */
final class PreparedRecords implements LongFunction<ProducerRecord<String, byte[]>> {
    private static final int BLOCK_BYTES = 16 << 20;

    private final String topic;
    private final String[] keys;
    private final long[] timestampsMs;
    /** Record n's value: block {@code starts[n] >>> 32}, from byte {@code (int) starts[n]}, {@code lengths[n]} long. */
    private final long[] starts;
    private final int[] lengths;
    private final List<byte[]> blocks = new ArrayList<>();

    private <V> PreparedRecords(LongFunction<ProducerRecord<String, V>> source, Serializer<V> serializer, int count) {
        ProducerRecord<String, V> first = source.apply(0);
        this.topic = first.topic();
        this.keys = new String[count];
        this.timestampsMs = new long[count];
        this.starts = new long[count];
        this.lengths = new int[count];
        byte[] block = new byte[BLOCK_BYTES];
        int used = 0;
        for (int n = 0; n < count; n++) {
            ProducerRecord<String, V> r = source.apply(n);
            keys[n] = r.key().intern(); // a few hundred tickers: one string each
            timestampsMs[n] = r.timestamp();
            byte[] value = serializer.serialize(topic, r.value());
            if (used + value.length > block.length) {
                blocks.add(Arrays.copyOf(block, used));
                block = new byte[Math.max(BLOCK_BYTES, value.length)];
                used = 0;
            }
            System.arraycopy(value, 0, block, used, value.length);
            starts[n] = ((long) blocks.size() << 32) | used;
            lengths[n] = value.length;
            used += value.length;
        }
        blocks.add(Arrays.copyOf(block, used));
    }

    /** The first {@code count} records of {@code source}, serialized. */
    static <V> PreparedRecords of(LongFunction<ProducerRecord<String, V>> source, Serializer<V> serializer, int count) {
        return new PreparedRecords(source, serializer, count);
    }

    /** How many records are prepared: a run must not need more. */
    int count() {
        return keys.length;
    }

    @Override
    public ProducerRecord<String, byte[]> apply(long n) {
        int i = Math.toIntExact(n);
        int from = (int) starts[i];
        byte[] value = Arrays.copyOfRange(blocks.get((int) (starts[i] >>> 32)), from, from + lengths[i]);
        return new ProducerRecord<>(topic, null, timestampsMs[i], keys[i], value);
    }
}
