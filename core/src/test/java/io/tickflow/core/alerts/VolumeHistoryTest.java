package io.tickflow.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VolumeHistoryTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final VolumeHistory TWO_DAYS = VolumeHistory.EMPTY.with(volumes(DAY, 10)).with(volumes(DAY.plusDays(1), 20));

    @Test
    void withRefusesASessionNotAfterTheNewest() {
        assertThatThrownBy(() -> TWO_DAYS.with(volumes(DAY.plusDays(1), 99)))
                .hasMessageContaining("session 2024-03-05 is not after the newest one");
    }

    @Test
    void afterRollAppendsALaterSession() {
        assertThat(TWO_DAYS.afterRoll(volumes(DAY.plusDays(2), 30)).sessions())
                .containsExactly(volumes(DAY, 10), volumes(DAY.plusDays(1), 20), volumes(DAY.plusDays(2), 30));
    }

    @Test
    void afterRollKeepsTheHistoryWhenItHoldsTheSessionOrALaterOne() {
        assertThat(TWO_DAYS.afterRoll(volumes(DAY.plusDays(1), 0))).isSameAs(TWO_DAYS); // rolled again, minutes gone
        assertThat(TWO_DAYS.afterRoll(volumes(DAY, 99))).isSameAs(TWO_DAYS);
    }

    @Test
    void afterRollDropsTheOldestPastTheWindow() {
        VolumeHistory full = VolumeHistory.EMPTY;
        for (int d = 0; d < AlertSettings.HISTORY_WINDOW; d++) {
            full = full.afterRoll(volumes(DAY.plusDays(d), d));
        }
        VolumeHistory next = full.afterRoll(volumes(DAY.plusDays(AlertSettings.HISTORY_WINDOW), 1));
        assertThat(next.sessions()).hasSize(AlertSettings.HISTORY_WINDOW);
        assertThat(next.sessions().get(0).session()).isEqualTo(DAY.plusDays(1));
    }

    private static SessionVolumes volumes(LocalDate day, double firstMinute) {
        return new SessionVolumes(day, new double[] {firstMinute});
    }
}
