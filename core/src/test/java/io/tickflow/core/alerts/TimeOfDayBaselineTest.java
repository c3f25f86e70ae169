package io.tickflow.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.daily.IntradayVolumeProfile;
import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.TimeOfDayRvol;
import io.tickflow.core.calendar.SessionClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOfDayBaselineTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Test
    void rvolEqualsTheDailyTimeOfDayRvolBitForBit() {
        VolumeHistory history = VolumeHistory.EMPTY;
        List<IntradayVolumeProfile> profiles = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            LocalDate day = DAY.plusDays(d);
            // fractional volumes, so the order of additions matters to the last bit
            double v0 = 100.1 + d * 0.37;
            double v2 = 33.3 / (d + 1);
            history = history.with(new SessionVolumes(day, new double[] {v0, 0, v2}));
            profiles.add(IntradayVolumeProfile.of(day, SessionScope.REGULAR, List.of(
                    bar(day, "09:30", v0), bar(day, "09:32", v2))));
        }
        TimeOfDayBaseline baseline = TimeOfDayBaseline.of(history, 390);
        for (int m = 0; m < 4; m++) {
            assertThat(baseline.rvolAt(1234.5, m)).isEqualTo(TimeOfDayRvol.at(1234.5, m, profiles));
        }
    }

    @Test
    void rvolAfterEachSessionsLastTradedMinuteEqualsTheDailyTimeOfDayRvolBitForBit() {
        // sessions trimmed after minute d (lengths 1..12): minutes past a session's end must add that session's
        // full-day cumulative volume to the means, as the daily path's running sum does
        VolumeHistory history = VolumeHistory.EMPTY;
        List<IntradayVolumeProfile> profiles = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            LocalDate day = DAY.plusDays(d);
            double[] volumes = new double[d + 1];
            List<MinuteBar> bars = new ArrayList<>();
            for (int m = 0; m <= d; m++) {
                volumes[m] = 10.1 / (m + 1) + d * 0.37; // fractional, so the order of additions matters
                bars.add(bar(day, LocalTime.of(9, 30).plusMinutes(m).toString(), volumes[m]));
            }
            history = history.with(new SessionVolumes(day, volumes));
            profiles.add(IntradayVolumeProfile.of(day, SessionScope.REGULAR, bars));
        }
        TimeOfDayBaseline baseline = TimeOfDayBaseline.of(history, 390);
        for (int m : new int[] {0, 5, 11, 12, 200, 389}) {
            assertThat(baseline.rvolAt(1234.5, m)).as("minute %d", m).isEqualTo(TimeOfDayRvol.at(1234.5, m, profiles));
        }
    }

    @Test
    void minuteAverageCountsSessionsWithoutTheMinuteAsZero() {
        // minute 1: 30 and nothing → (30 + 0) / 2 = 15; cumulative at minute 1: (40 + 10) / 2 = 25
        VolumeHistory history = VolumeHistory.EMPTY
                .with(new SessionVolumes(DAY, new double[] {10, 30}))
                .with(new SessionVolumes(DAY.plusDays(1), new double[] {10}));
        TimeOfDayBaseline baseline = TimeOfDayBaseline.of(history, 390);
        assertThat(baseline.minuteAverage(1, 2)).isEqualTo(15.0);
        assertThat(baseline.minuteAverage(1, 3)).isNull();
        assertThat(baseline.meanCumulative()[1]).isEqualTo(25.0);
        assertThat(baseline.rvolAt(50, 1)).as("fewer than 10 prior sessions").isNull();
    }

    @Test
    void historyKeepsTheLastThirtySessions() {
        VolumeHistory history = VolumeHistory.EMPTY;
        for (int d = 0; d < 31; d++) {
            history = history.with(new SessionVolumes(DAY.plusDays(d), new double[] {d}));
        }
        assertThat(history.sessions()).hasSize(30);
        assertThat(history.sessions().get(0).session()).isEqualTo(DAY.plusDays(1));
    }

    private static MinuteBar bar(LocalDate day, String time, double volume) {
        return new MinuteBar(SessionClock.epochNanos(day, LocalTime.parse(time)), 10, volume, null);
    }
}
