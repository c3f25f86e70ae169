package io.tickflow.producers.deadletter;

import io.tickflow.schemas.deadletter.DeadLetter;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends rejections as {@link DeadLetter} records to a topic (normally {@code dead-letter}).
 *
 * <p>Key: the rejection's source, so every rejection of one file lands on one partition in order.
 * {@code rejected_ts} is the input's event time when the reader could parse it, else the injected
 * clock's time; the record timestamp is {@code rejected_ts} in milliseconds.
 *
 * <p>The producer belongs to the caller: {@link #close()} flushes it but does not close it.
 * Failed sends are logged and counted ({@link #failedSends()}), never ignored.
 */
public final class KafkaDeadLetterSink implements DeadLetterSink {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaDeadLetterSink.class);
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final Producer<String, DeadLetter> producer;
    private final String topic;
    private final Clock clock;
    private final AtomicLong failedSends = new AtomicLong();

    /**
     * @param producer configured by the caller (idempotence recommended); not closed by this sink
     * @param topic    topic to write to
     * @param clock    time source for rejections without an event time
     */
    public KafkaDeadLetterSink(Producer<String, DeadLetter> producer, String topic, Clock clock) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void accept(Rejection rejection) {
        DeadLetter value = toDeadLetter(rejection);
        long timestampMs = value.getRejectedTs() / NANOS_PER_MILLI;
        ProducerRecord<String, DeadLetter> record =
                new ProducerRecord<>(topic, null, timestampMs, rejection.source(), value);
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                failedSends.incrementAndGet();
                LOG.error("dead letter for {} {} was not delivered", rejection.source(), rejection.position(), error);
            }
        });
    }

    /** Rejections whose send failed so far. */
    public long failedSends() {
        return failedSends.get();
    }

    @Override
    public void close() {
        producer.flush();
    }

    DeadLetter toDeadLetter(Rejection rejection) {
        return toDeadLetter(rejection, clock);
    }

    /** The dead-letter record of a rejection; {@code clock} dates rejections without an event time. */
    public static DeadLetter toDeadLetter(Rejection rejection, Clock clock) {
        return DeadLetter.newBuilder()
                .setSource(rejection.source())
                .setPosition(rejection.position())
                .setFormat(rejection.format())
                .setRaw(rejection.raw())
                .setReason(rejection.reason())
                .setRejectedTs(rejection.inputTsNanos() != null ? rejection.inputTsNanos() : nowNanos(clock))
                .build();
    }

    private static long nowNanos(Clock clock) {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }
}
