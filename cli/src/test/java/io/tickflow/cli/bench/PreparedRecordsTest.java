package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The prepared input gives each record's key, time and serialized value as the source and serializer gave them. */
class PreparedRecordsTest {
    /** Value n is n's digits repeated to 1,000 + n % 7,000 bytes, so records straddle the 16 MB blocks. */
    private static ProducerRecord<String, String> source(long n) {
        String digits = Long.toString(n);
        int length = 1_000 + (int) (n % 7_000);
        String value = digits.repeat(length / digits.length() + 1).substring(0, length);
        return new ProducerRecord<>("trades", null, 1_700_000_000_000L + n, "T" + n % 3, value);
    }

    @Test
    void givesEveryRecordAsSerializedAcrossBlockBoundaries() {
        int count = 10_000; // ~45 MB of values: three blocks
        PreparedRecords records = PreparedRecords.of(PreparedRecordsTest::source, new StringSerializer(), count);

        assertThat(records.count()).isEqualTo(count);
        for (int n = 0; n < count; n++) {
            ProducerRecord<String, byte[]> r = records.apply(n);
            ProducerRecord<String, String> expected = source(n);
            assertThat(r.topic()).isEqualTo("trades");
            assertThat(r.key()).isEqualTo(expected.key());
            assertThat(r.timestamp()).isEqualTo(expected.timestamp());
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(expected.value());
        }
    }

    @Test
    void eachSendGetsItsOwnCopyOfTheValue() {
        PreparedRecords records = PreparedRecords.of(PreparedRecordsTest::source, new StringSerializer(), 3);

        records.apply(1).value()[0] = 'x'; // a producer owns what it was given

        assertThat(new String(records.apply(1).value(), StandardCharsets.UTF_8)).isEqualTo(source(1).value());
    }
}
