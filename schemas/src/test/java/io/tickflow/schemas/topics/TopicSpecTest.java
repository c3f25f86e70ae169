package io.tickflow.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicSpecTest {
    @Test
    void aTopicKeptForeverRollsItsSegmentsBySizeOnly() {
        assertThat(TopicSpec.kept(4).configs()).containsEntry("retention.ms", "-1")
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("segment.ms", "3153600000000"); // 100 x 365 x 86,400,000 ms
        assertThat(TopicSpec.compacted(4).configs()).containsEntry("segment.ms", "3153600000000");
    }

    @Test
    void aTopicWithATimeLimitKeepsKafkasSegmentRolls() {
        assertThat(new TopicSpec(1, 86_400_000L, TopicSpec.DELETE).configs()).doesNotContainKey("segment.ms")
                .containsEntry("retention.ms", "86400000");
    }
}
