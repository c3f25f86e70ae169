package io.tickflow.core.daily;

import static io.tickflow.core.daily.DailyFixtures.MONDAY;
import static io.tickflow.core.daily.DailyFixtures.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinuteSessionsTest {

    @Test
    void regularScopeLeavesOutPreMarketAndAfterHoursMinutes() {
        MinuteSessions s = new MinuteSessions(SessionScope.REGULAR);
        s.add(minute(MONDAY, "09:29", 9, 1000, null));
        s.add(minute(MONDAY, "09:30", 10, 10, null));
        s.add(minute(MONDAY, "15:59", 11, 20, null));
        s.add(minute(MONDAY, "16:00", 12, 5000, null));
        List<SessionTotals> sessions = s.sessions();
        // close_d is the 15:59 minute's close, not the 16:00 after-hours print
        assertThat(sessions).containsExactly(new SessionTotals(MONDAY, 11, minute(MONDAY, "15:59", 11, 20, null)
                .windowStartNanos(), 30, 10 * 10 + 11 * 20, 2));
        assertThat(s.outOfScope()).isEqualTo(2);
    }

    @Test
    void laterBarOfTheSameMinuteReplacesTheEarlierOne() {
        MinuteSessions s = new MinuteSessions(SessionScope.REGULAR);
        s.add(minute(MONDAY, "10:00", 10, 100, null));
        s.add(minute(MONDAY, "10:00", 10.5, 120, null));
        assertThat(s.sessions().get(0).volume()).isEqualTo(120.0);
        assertThat(s.replaced()).isEqualTo(1);
    }

    @Test
    void minutesGivenOutOfOrderMakeOneSessionPerDateInDateOrder() {
        MinuteSessions s = new MinuteSessions(SessionScope.REGULAR);
        s.add(minute(MONDAY.plusDays(1), "10:00", 7, 1, null));
        s.add(minute(MONDAY, "10:01", 6, 1, null));
        s.add(minute(MONDAY, "10:00", 5, 1, null));
        List<SessionTotals> sessions = s.sessions();
        assertThat(sessions).extracting(SessionTotals::session).containsExactly(MONDAY, MONDAY.plusDays(1));
        assertThat(sessions.get(0).close()).isEqualTo(6.0);
    }

    @Test
    void extendedScopeKeepsPreMarket() {
        MinuteSessions s = new MinuteSessions(SessionScope.EXTENDED);
        s.add(minute(MONDAY, "04:00", 9, 1000, null));
        s.add(minute(MONDAY, "19:59", 12, 10, null));
        assertThat(s.sessions().get(0).volume()).isEqualTo(1010.0);
        assertThat(s.sessions().get(0).close()).isEqualTo(12.0);
    }
}
