package io.tickflow.cli.bench;

import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Synthetic records built and serialized before a latency run starts, so that the producer's send loop only sends:
 * in production the producer of the input (the replay or the live adapter) is another process, and building and
 * Avro-encoding 100k records/s in the measured JVM took more CPU than the topology itself (JFR, 2 cores). The bytes
 * are the same Confluent-format Avro the serializer writes at send time; record n is {@code source.apply(n)}.
 */
final class PreparedRecords implements LongFunction<ProducerRecord<String, byte[]>> {
    private final String topic;
    private final String[] keys;
    private final long[] timestampsMs;
    private final byte[][] values;

    private <V> PreparedRecords(LongFunction<ProducerRecord<String, V>> source, Serializer<V> serializer, int count) {
        ProducerRecord<String, V> first = source.apply(0);
        this.topic = first.topic();
        this.keys = new String[count];
        this.timestampsMs = new long[count];
        this.values = new byte[count][];
        for (int n = 0; n < count; n++) {
            ProducerRecord<String, V> r = source.apply(n);
            keys[n] = r.key().intern(); // a few hundred tickers: one string each
            timestampsMs[n] = r.timestamp();
            values[n] = serializer.serialize(topic, r.value());
        }
    }

    /** The first {@code count} records of {@code source}, serialized. */
    static <V> PreparedRecords of(LongFunction<ProducerRecord<String, V>> source, Serializer<V> serializer, int count) {
        return new PreparedRecords(source, serializer, count);
    }

    /** How many records are prepared: a run must not need more. */
    int count() {
        return values.length;
    }

    @Override
    public ProducerRecord<String, byte[]> apply(long n) {
        int i = Math.toIntExact(n);
        return new ProducerRecord<>(topic, null, timestampsMs[i], keys[i], values[i]);
    }
}
