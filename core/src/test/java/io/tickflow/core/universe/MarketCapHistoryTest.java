package io.tickflow.core.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketCapHistoryTest {
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private final MarketCapHistory history = new MarketCapHistory(Map.of(JAN_2, 1.5e9, MAR_1, 2.5e9));

    @Test
    void usesTheValueDatedOnTheSession() {
        assertThat(history.capOn(MAR_1, 100)).isEqualTo(2.5e9);
    }

    @Test
    void usesTheLatestEarlierValueNeverALaterOne() {
        // 2024-02-29 lies between the two values: the March value is not known yet on that day.
        assertThat(history.capOn(LocalDate.of(2024, 2, 29), 100)).isEqualTo(1.5e9);
    }

    @Test
    void unknownBeforeTheFirstValue() {
        assertThat(history.capOn(LocalDate.of(2023, 12, 29), 100)).isNull();
    }

    @Test
    void valueExactlyMaxAgeOldStillHoldsOneDayMoreIsStale() {
        // 2024-03-01 + 100 days = 2024-06-09.
        assertThat(history.capOn(LocalDate.of(2024, 6, 9), 100)).isEqualTo(2.5e9);
        assertThat(history.capOn(LocalDate.of(2024, 6, 10), 100)).isNull();
    }

    @Test
    void emptyHistoryKnowsNoCap() {
        assertThat(MarketCapHistory.NONE.capOn(JAN_2, 100)).isNull();
    }

    @Test
    void refusesNegativeOrNonFiniteCaps() {
        assertThatThrownBy(() -> new MarketCapHistory(Map.of(JAN_2, -1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-01-02");
        assertThatThrownBy(() -> new MarketCapHistory(Map.of(JAN_2, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
