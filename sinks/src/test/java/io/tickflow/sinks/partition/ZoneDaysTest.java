package io.tickflow.sinks.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ZoneDays} gives {@code instant.atZone(zone).toLocalDate()} whatever order seconds come in. */
class ZoneDaysTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void springForwardDayEndsAtMidnightEdt() {
        ZoneDays days = ZoneDays.of(NEW_YORK);
        // 2024-03-10 02:00 EST became 03:00 EDT at 07:00Z; the day ends at 2024-03-11 00:00 EDT = 04:00Z
        assertThat(days.dateOf(epoch("2024-03-10T06:59:59Z"))).isEqualTo(LocalDate.of(2024, 3, 10)); // 01:59:59 EST
        assertThat(days.dateOf(epoch("2024-03-10T07:00:00Z"))).isEqualTo(LocalDate.of(2024, 3, 10)); // 03:00 EDT
        assertThat(days.dateOf(epoch("2024-03-11T03:59:59Z"))).isEqualTo(LocalDate.of(2024, 3, 10)); // 23:59:59 EDT
        assertThat(days.dateOf(epoch("2024-03-11T04:00:00Z"))).isEqualTo(LocalDate.of(2024, 3, 11)); // 00:00 EDT
    }

    @Test
    void fallBackDayStartsAtMidnightEdtAndEndsAtMidnightEst() {
        ZoneDays days = ZoneDays.of(NEW_YORK);
        // 2024-11-03 starts at 00:00 EDT = 04:00Z; 02:00 EDT became 01:00 EST at 06:00Z; it ends at 00:00 EST = 05:00Z
        assertThat(days.dateOf(epoch("2024-11-03T03:59:59Z"))).isEqualTo(LocalDate.of(2024, 11, 2)); // 23:59:59 EDT
        assertThat(days.dateOf(epoch("2024-11-03T04:00:00Z"))).isEqualTo(LocalDate.of(2024, 11, 3));
        assertThat(days.dateOf(epoch("2024-11-03T06:00:00Z"))).isEqualTo(LocalDate.of(2024, 11, 3)); // 01:00 EST
        assertThat(days.dateOf(epoch("2024-11-04T04:59:59Z"))).isEqualTo(LocalDate.of(2024, 11, 3)); // 23:59:59 EST
        assertThat(days.dateOf(epoch("2024-11-04T05:00:00Z"))).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void matchesZonedDateTimeEveryMinuteAroundDstChangesInOrder() {
        for (String zone : List.of("America/New_York", "America/Sao_Paulo", "Asia/Kolkata", "UTC")) {
            // Sao Paulo moved its clocks at midnight (2018-11-04 00:00 became 01:00): that day starts at 01:00
            for (String start : List.of("2024-03-09T00:00:00Z", "2024-11-02T00:00:00Z", "2018-11-03T00:00:00Z",
                    "2019-02-16T00:00:00Z")) {
                List<Long> seconds = new ArrayList<>();
                for (long s = epoch(start); s < epoch(start) + 3 * 86_400; s += 60) {
                    seconds.add(s);
                    seconds.add(s + 59);
                }
                assertMatches(ZoneId.of(zone), seconds);
            }
        }
    }

    @Test
    void matchesZonedDateTimeInRandomOrderAndBeforeTheEpoch() {
        Random random = new Random(42);
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            seconds.add(epoch("2024-11-02T00:00:00Z") + random.nextInt(3 * 86_400));
            seconds.add(-(long) random.nextInt(1_000_000_000)); // 1938 to 1970: other transition rules
        }
        Collections.shuffle(seconds, random);
        assertMatches(NEW_YORK, seconds);
    }

    private static void assertMatches(ZoneId zone, List<Long> seconds) {
        ZoneDays days = ZoneDays.of(zone);
        for (long second : seconds) {
            assertThat(days.dateOf(second)).as("%s at %d", zone, second)
                    .isEqualTo(Instant.ofEpochSecond(second).atZone(zone).toLocalDate());
        }
    }

    private static long epoch(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }
}
