package io.tickflow.core.daily;

import static io.tickflow.core.daily.DailyFixtures.MONDAY;
import static io.tickflow.core.daily.DailyFixtures.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionScope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOfDayRvolTest {

    @Test
    void comparesWithTheSameMinuteOfPriorSessions() {
        List<IntradayVolumeProfile> prior = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            // each prior session: 100 at 09:30, 50 at 09:32 → cumulative at minute 2 (09:32) = 150
            prior.add(IntradayVolumeProfile.of(MONDAY.minusDays(20 - d), SessionScope.REGULAR, List.of(
                    minute(MONDAY.minusDays(20 - d), "09:30", 5, 100, null),
                    minute(MONDAY.minusDays(20 - d), "09:32", 5, 50, null))));
        }
        // today 450 shares by 09:32: 450 / 150 = 3
        assertThat(TimeOfDayRvol.at(450, 2, prior)).isEqualTo(3.0);
        // at minute 1 (09:31) prior cumulative is 100 (flat where no bar): 250 / 100 = 2.5
        assertThat(TimeOfDayRvol.at(250, 1, prior)).isEqualTo(2.5);
        assertThat(TimeOfDayRvol.at(450, 2, prior.subList(1, 10))).isNull();
    }

    @Test
    void minuteIndexCountsFromTheOpen() {
        long t = minute(MONDAY, "15:59", 1, 1, null).windowStartNanos();
        assertThat(TimeOfDayRvol.minuteIndex(SessionScope.REGULAR, MONDAY, t)).isEqualTo(389);
        assertThat(TimeOfDayRvol.minuteIndex(SessionScope.EXTENDED, MONDAY, t)).isEqualTo(719);
    }
}
