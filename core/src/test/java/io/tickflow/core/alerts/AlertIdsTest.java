package io.tickflow.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlertIdsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Test
    void idIsTheSha256PrefixOfKindTickerAndSession() {
        // printf 'info_rich_crossing|ABC|2024-03-04' | sha256sum | cut -c1-16
        assertThat(AlertIds.of(AlertKind.INFO_RICH_CROSSING, "ABC", DAY)).isEqualTo("8ba7a2e633541a0e");
        // printf 'volume_spike|ABC|2024-03-04' | sha256sum | cut -c1-16
        assertThat(AlertIds.of(AlertKind.VOLUME_SPIKE, "ABC", DAY)).isEqualTo("746b6468397bc006");
    }

    @Test
    void anotherSessionGivesAnotherId() {
        assertThat(AlertIds.of(AlertKind.GAP_UP, "ABC", DAY)).isNotEqualTo(AlertIds.of(AlertKind.GAP_UP, "ABC", DAY.plusDays(1)));
    }
}
