package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.topics.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class StageStampsTest {
    @Test
    void thePolledStampGoesOnEveryRecordOfAPoll() {
        TopicPartition tp = new TopicPartition(Topics.TRADES.name(), 0);
        List<ConsumerRecord<byte[], byte[]>> polled = List.of(new ConsumerRecord<>(tp.topic(), 0, 7L, null, null),
                new ConsumerRecord<>(tp.topic(), 0, 8L, null, null));
        long before = System.nanoTime();

        new StageStamps.Polled().onConsume(new ConsumerRecords<>(Map.of(tp, polled), Map.of()));

        for (ConsumerRecord<byte[], byte[]> r : polled) {
            assertThat(StageStamps.stamp(r.headers(), StageStamps.POLLED)).isBetween(before, System.nanoTime());
        }
    }

    @Test
    void theProducedStampGoesOnAlertsOnlyNotOnChangelogs() {
        ProducerRecord<byte[], byte[]> alert = new ProducerRecord<>(Topics.ALERTS.name(), new byte[1]);
        ProducerRecord<byte[], byte[]> changelog = new ProducerRecord<>("app-alerts-history-store-changelog", new byte[1]);

        new StageStamps.Produced().onSend(alert);
        new StageStamps.Produced().onSend(changelog);

        assertThat(StageStamps.stamp(alert.headers(), StageStamps.PRODUCED)).isNotEqualTo(Long.MIN_VALUE);
        assertThat(StageStamps.stamp(changelog.headers(), StageStamps.PRODUCED)).isEqualTo(Long.MIN_VALUE);
    }
}
