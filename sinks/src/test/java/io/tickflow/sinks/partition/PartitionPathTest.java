package io.tickflow.sinks.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionPathTest {

    @Test
    void joinsSegmentsWithSlash() {
        assertThat(PartitionPath.parse("processed/bars/v1").resolve(PartitionPath.of("ticker=A")))
                .hasToString("processed/bars/v1/ticker=A");
    }

    @Test
    void parsesEmptyStringAsRoot() {
        assertThat(PartitionPath.parse("")).isEqualTo(PartitionPath.ROOT).hasToString("");
    }

    @Test
    void encodesHiveValues() {
        assertThat(PartitionPath.hiveSegment("ticker", "BRK/B")).isEqualTo("ticker=BRK%2FB");
    }

    @Test
    void rejectsUnsafeHiveKeys() {
        assertThatThrownBy(() -> PartitionPath.hiveSegment("a/b", "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../b", "a//b", "/abs", "./a", "a\\b", "c:", "a\u0000b", "é", "a\nb"})
    void rejectsPathsThatCouldLeaveTheRootOrBreakFileSystems(String relative) {
        assertThatThrownBy(() -> PartitionPath.parse(relative)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsSegmentsLongerThan255Characters() {
        assertThatThrownBy(() -> PartitionPath.of("A".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartitionPath.of("A".repeat(255)).segments()).hasSize(1);
    }
}
