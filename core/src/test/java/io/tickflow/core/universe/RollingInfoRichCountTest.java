package io.tickflow.core.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RollingInfoRichCountTest {
    private static final LocalDate D0 = LocalDate.of(2020, 1, 1);

    @Test
    void countsInfoRichSessionsOfTheTrailing252() {
        RollingInfoRichCount w = RollingInfoRichCount.EMPTY;
        for (int i = 0; i < 260; i++) {
            w = w.with(D0.plusDays(i), i == 0 || i == 5 || i == 259);
        }
        // sessions 8..259 form the window at day 259: day 0 has left it, day 5 has too (window starts at 259−251 = 8)
        assertThat(w.countAt(D0.plusDays(259))).isEqualTo(1);
        // at day 252 the window is 1..252: day 5 only
        assertThat(w.countAt(D0.plusDays(252))).isEqualTo(1);
        // at day 251 the window is 0..251: days 0 and 5
        assertThat(w.countAt(D0.plusDays(251))).isEqualTo(2);
    }

    @Test
    void updatingASessionReplacesItsFlag() {
        RollingInfoRichCount w = RollingInfoRichCount.EMPTY.with(D0, true).with(D0.plusDays(1), true);
        assertThat(w.countAt(D0.plusDays(1))).isEqualTo(2);
        w = w.with(D0, false);
        assertThat(w.countAt(D0.plusDays(1))).isEqualTo(1);
        assertThat(w.sessions()).hasSize(2);
    }

    @Test
    void lateSessionIsInsertedInDateOrder() {
        RollingInfoRichCount w = RollingInfoRichCount.EMPTY.with(D0.plusDays(2), false).with(D0, true);
        assertThat(w.sessions()).extracting(RollingInfoRichCount.SessionFlag::date).containsExactly(D0, D0.plusDays(2));
        assertThat(w.countAt(D0.plusDays(2))).isEqualTo(1);
    }
}
