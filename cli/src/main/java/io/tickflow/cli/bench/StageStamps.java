package io.tickflow.cli.bench;

import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.StreamsConfig;
import io.tickflow.schemas.topics.Topics;
import java.util.Properties;

/**
 * Where an alert's latency goes, for {@code --latency-dump}: two interceptors on the stream thread's clients stamp
 * {@code System.nanoTime()} into headers, which Kafka Streams carries from a trade to the alerts it fires.
 * <ul>
 *   <li>{@value #POLLED}: the trade came out of the streams consumer's poll (sent → polled: the input producer's
 *       linger, the broker and the fetch);</li>
 *   <li>{@value #PRODUCED}: the alert was handed to the streams producer (polled → produced: the stream thread, the
 *       records queued before the trade and any pause; produced → consumed: that producer, the broker and the
 *       probe's fetch).</li>
 * </ul>
 * Same JVM as the input producer and the probe, so the same clock.
 */
final class StageStamps {
    static final String POLLED = "bench-polled-nanos";
    static final String PRODUCED = "bench-produced-nanos";

    private StageStamps() {
    }

    /** Adds both interceptors to a streams application's properties. */
    static void install(Properties streams) {
        streams.put(StreamsConfig.mainConsumerPrefix("interceptor.classes"), Polled.class.getName());
        streams.put(StreamsConfig.producerPrefix("interceptor.classes"), Produced.class.getName());
    }

    /** The last stamp in {@code header} of a record, or {@link Long#MIN_VALUE} when absent. */
    static long stamp(Headers headers, String header) {
        Header h = headers.lastHeader(header);
        return h == null ? Long.MIN_VALUE : ByteBuffer.wrap(h.value()).getLong();
    }

    /** {@code System.nanoTime()} as a header value (8 bytes, big-endian). */
    static byte[] now() {
        return ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array();
    }

    /** Stamps every polled record. */
    public static final class Polled implements ConsumerInterceptor<byte[], byte[]> {
        @Override
        public ConsumerRecords<byte[], byte[]> onConsume(ConsumerRecords<byte[], byte[]> records) {
            byte[] stamp = now();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                r.headers().add(POLLED, stamp);
            }
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    /** Stamps the alerts (not the changelogs) as the stream thread sends them. */
    public static final class Produced implements ProducerInterceptor<byte[], byte[]> {
        @Override
        public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
            if (record.topic().equals(Topics.ALERTS.name())) {
                record.headers().add(PRODUCED, now());
            }
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }
}
