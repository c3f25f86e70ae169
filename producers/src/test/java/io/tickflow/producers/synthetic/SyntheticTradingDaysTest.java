package io.tickflow.producers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyntheticTradingDaysTest {

    @Test
    void skipsWeekendAndMartinLutherKingDay() {
        // Fri 2024-01-12, then Sat, Sun, Mon 2024-01-15 (MLK day), Tue 2024-01-16
        assertThat(SyntheticTradingDays.from(LocalDate.of(2024, 1, 12), 2))
                .containsExactly(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 16));
    }

    @Test
    void skipsNewYearsDayWhenStartingOnIt() {
        assertThat(SyntheticTradingDays.from(LocalDate.of(2024, 1, 1), 1)).containsExactly(LocalDate.of(2024, 1, 2));
    }

    @Test
    void knowsGoodFridayFromEaster() {
        // Easter 2024 was March 31, so Good Friday was March 29
        assertThat(UsMarketHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2024, 3, 29))).isFalse();
    }

    @Test
    void movesSaturdayHolidaysToFridayExceptNewYear() {
        // July 4 2020 was a Saturday: closed Friday July 3
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2020, 7, 3))).isFalse();
        // Jan 1 2022 was a Saturday: NYSE stayed open on Friday Dec 31 2021
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2021, 12, 31))).isTrue();
    }

    @Test
    void observesJuneteenthFrom2022Only() {
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2023, 6, 19))).isFalse();
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2020, 6, 19))).isTrue();
    }

    @Test
    void knowsThanksgivingAndMemorialDay() {
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2024, 11, 28))).isFalse();
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2024, 5, 27))).isFalse();
        assertThat(SyntheticTradingDays.isSession(LocalDate.of(2024, 5, 28))).isTrue();
    }
}
