package io.tickflow.producers.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.deadletter.DeadLetter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaDeadLetterSinkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T21:00:00Z"), ZoneOffset.UTC);

    private final MockProducer<String, DeadLetter> producer =
            new MockProducer<>(true, null, new StringSerializer(), (topic, value) -> new byte[0]);

    @Test
    void sendsRejectionKeyedBySourceWithItsInputTime() {
        KafkaDeadLetterSink sink = new KafkaDeadLetterSink(producer, "dead-letter", CLOCK);

        sink.accept(new Rejection("a.csv", 7, "raw", "size must be > 0, was -5", "polygon-trades-csv",
                1_704_205_800_123_456_789L));
        sink.close();

        ProducerRecord<String, DeadLetter> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("dead-letter");
        assertThat(record.key()).isEqualTo("a.csv");
        assertThat(record.timestamp()).isEqualTo(1_704_205_800_123L); // ns / 1e6, truncated
        assertThat(record.value().getPosition()).isEqualTo("line 7");
        assertThat(record.value().getReason()).isEqualTo("size must be > 0, was -5");
        assertThat(record.value().getFormat()).isEqualTo("polygon-trades-csv");
        assertThat(record.value().getRejectedTs()).isEqualTo(1_704_205_800_123_456_789L);
        assertThat(producer.flushed()).isTrue();
        assertThat(producer.closed()).isFalse();
        assertThat(sink.failedSends()).isZero();
    }

    @Test
    void stampsRejectionWithoutInputTimeWithTheClock() {
        KafkaDeadLetterSink sink = new KafkaDeadLetterSink(producer, "dead-letter", CLOCK);

        sink.accept(Rejection.ofWholeSource("page.csv", "<html>", "file body is HTML", null));

        DeadLetter value = producer.history().get(0).value();
        assertThat(value.getPosition()).isEqualTo("whole file");
        assertThat(value.getRejectedTs()).isEqualTo(1_704_229_200L * 1_000_000_000L); // 2024-01-02T21:00Z
    }
}
