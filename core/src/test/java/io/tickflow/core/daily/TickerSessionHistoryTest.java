package io.tickflow.core.daily;

import static io.tickflow.core.daily.DailyFixtures.MONDAY;
import static io.tickflow.core.daily.DailyFixtures.minute;
import static io.tickflow.core.daily.DailyFixtures.repeat;
import static io.tickflow.core.daily.DailyFixtures.sessionsWithVolumes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickerSessionHistoryTest {

    @Test
    void extendsTheNewestSessionWithALaterMinuteOnly() {
        TickerSessionHistory h = TickerSessionHistory.EMPTY
                .with(SessionTotals.first(MONDAY, minute(MONDAY, "10:00", 5, 10, null)));
        assertThat(h.extendInOrder(MONDAY, minute(MONDAY, "10:01", 6, 5, null)))
                .hasValueSatisfying(t -> assertThat(t.volume()).isEqualTo(15.0));
        assertThat(h.extendInOrder(MONDAY, minute(MONDAY, "10:00", 6, 5, null))).isEmpty();
        assertThat(h.extendInOrder(MONDAY.minusDays(1), minute(MONDAY.minusDays(1), "10:00", 6, 5, null))).isEmpty();
        assertThat(h.extendInOrder(MONDAY.plusDays(1), minute(MONDAY.plusDays(1), "10:00", 6, 5, null))).isPresent();
    }

    @Test
    void correctedSessionChangesItsRowAndTheRvolOfTheNextOne() {
        TickerSessionHistory h = TickerSessionHistory.EMPTY;
        for (SessionTotals s : sessionsWithVolumes(MONDAY, repeat(100, 12))) {
            h = h.with(s);
        }
        // session 10 corrected from 100 to 1100: its rvol 1100/100 = 11; session 11 mean (10×100 + 1100)/11 = 190.909…
        h = h.with(SessionTotals.first(MONDAY.plusDays(10), minute(MONDAY.plusDays(10), "10:00", 10, 1100, null)));
        List<DailyMetricsRow> rows = h.rowsFrom(MONDAY.plusDays(10), SplitHistory.NONE);
        assertThat(rows).extracting(DailyMetricsRow::date).containsExactly(MONDAY.plusDays(10), MONDAY.plusDays(11));
        assertThat(rows.get(0).rvol30()).isEqualTo(11.0);
        assertThat(rows.get(1).rvol30()).isEqualTo(100 / (2100.0 / 11));
    }

    @Test
    void keepsFortySessionsAndRefusesUpdatesBeyondTheCorrectableOnes() {
        TickerSessionHistory h = TickerSessionHistory.EMPTY;
        for (SessionTotals s : sessionsWithVolumes(MONDAY, repeat(100, 45))) {
            h = h.with(s);
        }
        assertThat(h.sessions()).hasSize(40);
        assertThat(h.sessions().get(0).session()).isEqualTo(MONDAY.plusDays(5));
        assertThat(h.canUpdate(MONDAY.plusDays(36))).isTrue();
        assertThat(h.canUpdate(MONDAY.plusDays(35))).isFalse();
        // the oldest correctable session still sees 30 prior sessions
        assertThat(h.rowsFrom(MONDAY.plusDays(36), SplitHistory.NONE).get(0).priorSessions()).isEqualTo(30);
    }
}
