package io.tickflow.core.shortdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AverageDailyVolumeTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    private static AverageDailyVolume sessions(int n) {
        AverageDailyVolume adv = AverageDailyVolume.EMPTY;
        for (int i = 0; i < n; i++) {
            adv = adv.with(DAY0.plusDays(i), 100.0 * (i + 1));
        }
        return adv;
    }

    @Test
    void meanOfThePriorSessionsExcludesTheDayItself() {
        // sessions 100..1000 on days 0..9, asked for day 10: (100 + … + 1000) / 10 = 550
        assertThat(sessions(11).before(DAY0.plusDays(10))).isEqualTo(550.0);
    }

    @Test
    void fewerThanTenPriorSessionsGiveNull() {
        assertThat(sessions(10).before(DAY0.plusDays(9))).isNull();
    }

    @Test
    void windowIsTheThirtyLatestPriorSessions() {
        // days 10..39 hold 1100..4000: mean = (1100 + 4000) / 2 = 2550
        assertThat(sessions(41).before(DAY0.plusDays(40))).isEqualTo(2550.0);
    }

    @Test
    void updatedSessionReplacesItsVolume() {
        AverageDailyVolume adv = sessions(10).with(DAY0.plusDays(9), 5500);
        // 100 + … + 900 = 4500, + 5500 = 10000, / 10 = 1000
        assertThat(adv.before(DAY0.plusDays(10))).isEqualTo(1000.0);
    }
}
