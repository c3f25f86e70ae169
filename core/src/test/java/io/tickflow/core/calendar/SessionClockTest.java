package io.tickflow.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionClockTest {

    private static long nanos(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void sessionDateIsTheNewYorkDateNotTheUtcDate() {
        // 2024-07-01T02:00Z = 2024-06-30 22:00 EDT (UTC-4)
        assertThat(SessionClock.sessionDate(nanos("2024-07-01T02:00:00Z"))).isEqualTo(LocalDate.of(2024, 6, 30));
        // 2024-12-02T04:59:59.999999999Z = 2024-12-01 23:59:59.999999999 EST (UTC-5)
        assertThat(SessionClock.sessionDate(nanos("2024-12-02T04:59:59.999999999Z")))
                .isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(SessionClock.sessionDate(nanos("2024-12-02T05:00:00Z"))).isEqualTo(LocalDate.of(2024, 12, 2));
    }

    @Test
    void regularSessionStartsAt1430UtcBeforeAndAt1330UtcAfterSpringForward() {
        // DST began Sunday 2024-03-10 02:00 EST -> 03:00 EDT
        assertThat(SessionClock.regularStartNanos(LocalDate.of(2024, 3, 8))).isEqualTo(nanos("2024-03-08T14:30:00Z"));
        assertThat(SessionClock.regularStartNanos(LocalDate.of(2024, 3, 11))).isEqualTo(nanos("2024-03-11T13:30:00Z"));
        assertThat(SessionClock.regularEndNanos(LocalDate.of(2024, 3, 8))).isEqualTo(nanos("2024-03-08T21:00:00Z"));
        assertThat(SessionClock.regularEndNanos(LocalDate.of(2024, 3, 11))).isEqualTo(nanos("2024-03-11T20:00:00Z"));
    }

    @Test
    void regularSessionStartsAt1330UtcBeforeAndAt1430UtcAfterFallBack() {
        // DST ended Sunday 2024-11-03 02:00 EDT -> 01:00 EST
        assertThat(SessionClock.regularStartNanos(LocalDate.of(2024, 11, 1))).isEqualTo(nanos("2024-11-01T13:30:00Z"));
        assertThat(SessionClock.regularStartNanos(LocalDate.of(2024, 11, 4))).isEqualTo(nanos("2024-11-04T14:30:00Z"));
        assertThat(SessionClock.regularEndNanos(LocalDate.of(2024, 11, 4))).isEqualTo(nanos("2024-11-04T21:00:00Z"));
    }

    @Test
    void extendedSessionOnTheSwitchSundaysUsesTheOffsetAfterTheSwitch() {
        // 04:00 local is after the 02:00 switch: EDT on 2024-03-10, EST on 2024-11-03
        assertThat(SessionClock.extendedStartNanos(LocalDate.of(2024, 3, 10))).isEqualTo(nanos("2024-03-10T08:00:00Z"));
        assertThat(SessionClock.extendedStartNanos(LocalDate.of(2024, 11, 3))).isEqualTo(nanos("2024-11-03T09:00:00Z"));
        assertThat(SessionClock.extendedEndNanos(LocalDate.of(2024, 11, 3))).isEqualTo(nanos("2024-11-04T01:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-08", "2024-03-10", "2024-03-11", "2024-11-01", "2024-11-03", "2024-11-04"})
    void regularSessionLastsSixAndAHalfHoursAroundEverySwitch(String date) {
        LocalDate session = LocalDate.parse(date);
        long length = SessionClock.regularEndNanos(session) - SessionClock.regularStartNanos(session);
        assertThat(length).isEqualTo(ChronoUnit.MINUTES.getDuration().toNanos() * 390);
    }

    @Test
    void regularSessionIncludesItsOpenAndExcludesItsClose() {
        long open = SessionClock.regularStartNanos(LocalDate.of(2024, 11, 4));
        long close = SessionClock.regularEndNanos(LocalDate.of(2024, 11, 4));

        assertThat(SessionClock.isRegular(open - 1)).isFalse();
        assertThat(SessionClock.isRegular(open)).isTrue();
        assertThat(SessionClock.isRegular(close - 1)).isTrue();
        assertThat(SessionClock.isRegular(close)).isFalse();
    }

    @Test
    void extendedSessionIncludesItsOpenAndExcludesItsClose() {
        long open = SessionClock.extendedStartNanos(LocalDate.of(2024, 3, 11));
        long close = SessionClock.extendedEndNanos(LocalDate.of(2024, 3, 11));

        assertThat(SessionClock.isExtended(open - 1)).isFalse();
        assertThat(SessionClock.isExtended(open)).isTrue();
        assertThat(SessionClock.isExtended(close - 1)).isTrue();
        assertThat(SessionClock.isExtended(close)).isFalse();
    }

    @Test
    void bothOccurrencesOfTheRepeatedHourBelongToTheFallBackSunday() {
        // 01:30 happens twice on 2024-11-03: 05:30Z (EDT) and 06:30Z (EST)
        for (String instant : new String[] {"2024-11-03T05:30:00Z", "2024-11-03T06:30:00Z"}) {
            assertThat(SessionClock.sessionDate(nanos(instant))).isEqualTo(LocalDate.of(2024, 11, 3));
            assertThat(SessionClock.isExtended(nanos(instant))).isFalse();
        }
    }

    @Test
    void timestampsBeforeTheEpochFloorToThePreviousDay() {
        // -1 ns = 1969-12-31 18:59:59.999999999 EST
        assertThat(SessionClock.sessionDate(-1)).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(SessionClock.isExtended(-1)).isTrue();
        assertThat(SessionClock.isRegular(-1)).isFalse();
    }

    @Test
    void scopeNoneContainsEveryTimestampAndCutsNoSessions() {
        long midnight = nanos("2024-03-11T04:00:00Z"); // 00:00 EDT
        assertThat(SessionScope.NONE.contains(midnight)).isTrue();
        assertThat(SessionScope.EXTENDED.contains(midnight)).isFalse();
        assertThat(SessionScope.REGULAR.contains(midnight)).isFalse();
        assertThat(SessionScope.NONE.cutsSessions()).isFalse();
        assertThat(SessionScope.REGULAR.cutsSessions()).isTrue();
    }

    @Test
    void scopeExtendedContainsPreMarketButRegularDoesNot() {
        long preMarket = nanos("2024-03-11T12:00:00Z"); // 08:00 EDT
        assertThat(SessionScope.EXTENDED.contains(preMarket)).isTrue();
        assertThat(SessionScope.REGULAR.contains(preMarket)).isFalse();
    }
}
