package io.tickflow.sinks.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.partition.PartitionPath;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SealPolicyTest {

    @Test
    void sealsADateFolderAtSessionEndPlusGraceInNewYorkTime() {
        // 2024-01-02 16:00 EST (UTC-5) + 4 h = 2024-01-03T01:00Z = 1,704,243,600,000 ms
        assertThat(SealPolicy.DEFAULT.sealTimeMs(PartitionPath.parse("ticker=AAPL/date=2024-01-02")))
                .contains(1_704_243_600_000L);
    }

    @Test
    void followsDaylightSavingTime() {
        // 2024-07-01 16:00 EDT (UTC-4) + 0 = 20:00Z = 1,719,864,000,000 ms
        assertThat(new SealPolicy(LocalTime.of(16, 0), 0).sealTimeMs(PartitionPath.parse("date=2024-07-01")))
                .contains(1_719_864_000_000L);
    }

    @Test
    void neverSealsFoldersWithoutADate() {
        assertThat(SealPolicy.DEFAULT.sealTimeMs(PartitionPath.parse("year=2024/month=01"))).isEmpty();
        assertThat(SealPolicy.DEFAULT.sealTimeMs(PartitionPath.parse("date=2024-13-01"))).isEmpty();
        assertThat(SealPolicy.DEFAULT.sealTimeMs(PartitionPath.ROOT)).isEmpty();
    }

    @Test
    void negativeGraceTurnsSealingOff() {
        assertThat(SealPolicy.OFF.sealTimeMs(PartitionPath.parse("date=2024-01-02"))).isEmpty();
    }
}
