package io.tickflow.core.daily;

import static io.tickflow.core.daily.DailyFixtures.MONDAY;
import static io.tickflow.core.daily.DailyFixtures.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.calendar.SessionClock;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SessionTotalsTest {

    @Test
    void refusesAMinuteThatIsNotAfterTheLatest() {
        SessionTotals t = SessionTotals.first(MONDAY, minute(MONDAY, "10:00", 5, 1, null));
        assertThatThrownBy(() -> t.plus(minute(MONDAY, "10:00", 5, 1, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tradesCountDistinctMinutesAndSumPriceTimesSize() {
        long t0 = SessionClock.epochNanos(MONDAY, LocalTime.of(10, 0, 1));
        long t1 = SessionClock.epochNanos(MONDAY, LocalTime.of(10, 0, 59));
        long t2 = SessionClock.epochNanos(MONDAY, LocalTime.of(10, 1, 0));
        SessionTotals t = SessionTotals.firstTrade(MONDAY, t0, 2.0, 100)
                .plusTrade(t1, 2.5, 200)
                .plusTrade(t2, 3.0, 100);
        // volume 100+200+100 = 400; dollars 200 + 500 + 300 = 1000; vwap 2.5; minutes 10:00 and 10:01
        assertThat(t.volume()).isEqualTo(400.0);
        assertThat(t.dollarVolume()).isEqualTo(1000.0);
        assertThat(t.vwap()).isEqualTo(2.5);
        assertThat(t.close()).isEqualTo(3.0);
        assertThat(t.minutes()).isEqualTo(2);
    }

    @Test
    void vwapIsNullWithoutVolume() {
        assertThat(SessionTotals.first(MONDAY, minute(MONDAY, "10:00", 5, 0, null)).vwap()).isNull();
    }
}
