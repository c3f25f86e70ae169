package io.tickflow.sinks.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.partition.PartitionPath;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PartitionSealsTest {

    // grace 0: date=2024-01-02 seals from 2024-01-02 16:00 EST = 1,704,229,200,000 ms
    private static final long JAN_2_SEAL = 1_704_229_200_000L;
    private static final PartitionPath A_JAN_2 = PartitionPath.parse("ticker=A/date=2024-01-02");
    private static final PartitionPath B_JAN_2 = PartitionPath.parse("ticker=B/date=2024-01-02");
    private static final PartitionPath A_JAN_3 = PartitionPath.parse("ticker=A/date=2024-01-03");

    private final PartitionSeals seals = new PartitionSeals(new SealPolicy(LocalTime.of(16, 0), 0));

    @Test
    void aRecordOfAnotherFolderPastTheSealTimeMakesAFolderDueOnceItsOffsetIsDurable() {
        assertThat(seals.observe(A_JAN_2, JAN_2_SEAL - 1, 0)).isTrue();
        seals.observe(A_JAN_3, JAN_2_SEAL, 1);

        assertThat(seals.due(1)).isEmpty(); // offset 1 itself is not durable yet
        assertThat(seals.due(2)).containsExactly(A_JAN_2);
        assertThat(seals.due(5)).isEmpty(); // due once only
    }

    @Test
    void aFolderIsNeverSealedByItsOwnRecords() {
        seals.observe(A_JAN_2, JAN_2_SEAL + 1_000, 0);
        seals.observe(A_JAN_2, JAN_2_SEAL + 2_000, 1);

        assertThat(seals.due(100)).isEmpty();
        assertThat(seals.tracked()).isEqualTo(1);
    }

    @Test
    void aRecordForAPendingFolderPutsItBackToOpen() {
        seals.observe(A_JAN_2, JAN_2_SEAL - 1, 0);
        seals.observe(B_JAN_2, JAN_2_SEAL + 1, 1); // A pending at 1
        assertThat(seals.observe(A_JAN_2, JAN_2_SEAL + 2, 2)).isFalse(); // A open again; B pending at 2
        seals.observe(A_JAN_3, JAN_2_SEAL + 3, 3); // A pending at 3

        assertThat(seals.due(3)).containsExactly(B_JAN_2);
        assertThat(seals.due(4)).containsExactly(A_JAN_2);
    }

    @Test
    void aRecordForASealedFolderIsReportedFresh() {
        seals.observe(A_JAN_2, JAN_2_SEAL - 1, 0);
        seals.observe(A_JAN_3, JAN_2_SEAL, 1);
        seals.due(2);

        assertThat(seals.observe(A_JAN_2, JAN_2_SEAL + 5, 2)).isTrue();
    }

    @Test
    void recordsWithoutTimestampSealNothingAndUndatedFoldersAreNotTracked() {
        seals.observe(A_JAN_2, 0, 0);
        seals.observe(A_JAN_3, -1, 1);
        assertThat(seals.observe(PartitionPath.parse("year=2024/month=01"), -1, 2)).isFalse();

        assertThat(seals.due(100)).isEmpty();
        assertThat(seals.tracked()).isEqualTo(2);
    }

    @Test
    void aReopenedFolderIsSealedLikeAnOpenOne() {
        seals.reopen(A_JAN_2);
        seals.observe(A_JAN_3, JAN_2_SEAL, 7);

        assertThat(seals.due(8)).containsExactly(A_JAN_2);
    }
}
