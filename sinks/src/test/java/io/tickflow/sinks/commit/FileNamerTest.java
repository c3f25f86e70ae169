package io.tickflow.sinks.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class FileNamerTest {

    private final FileNamer namer = new FileNamer(".parquet");

    @Test
    void namesFileByTopicPartitionAndTwentyDigitFirstOffset() {
        assertThat(namer.name(new TopicPartition("bars.dib", 0), 42))
                .isEqualTo("bars.dib+0+00000000000000000042.parquet");
    }

    @Test
    void fitsLargestOffset() {
        assertThat(namer.name(new TopicPartition("t", 7), Long.MAX_VALUE))
                .isEqualTo("t+7+09223372036854775807.parquet");
    }

    @Test
    void sortsNamesInOffsetOrder() {
        String nine = namer.name(new TopicPartition("t", 0), 9);
        String ten = namer.name(new TopicPartition("t", 0), 10);
        assertThat(nine).isLessThan(ten);
    }

    @Test
    void parsesItsOwnNamesBack() {
        assertThat(namer.parse("bars.dib+3+00000000000000000042.parquet"))
                .contains(new FileNamer.Key("bars.dib", 3, 42));
    }

    @Test
    void parsesNothingFromOtherNames() {
        assertThat(namer.parse(".bars.dib+3+00000000000000000042.parquet.tmp")).isEmpty();
        assertThat(namer.parse("_SUCCESS")).isEmpty();
        assertThat(namer.parse("t+0+42.parquet")).isEmpty();
        assertThat(namer.parse("t+0+99999999999999999999.parquet")).isEmpty();
    }

    @Test
    void rejectsIllegalTopicNamesAndNegativeOffsets() {
        assertThatThrownBy(() -> namer.name(new TopicPartition("../etc", 0), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> namer.name(new TopicPartition("..", 0), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> namer.name(new TopicPartition("t", 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
