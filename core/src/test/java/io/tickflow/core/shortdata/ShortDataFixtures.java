package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Shared records for the short-data tests: one ticker, times in New York. */
final class ShortDataFixtures {
    static final String TICKER = "ABC";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private ShortDataFixtures() {
    }

    /** ns since the epoch of {@code date} at {@code hour}:00 New York time. */
    static long at(LocalDate date, int hour) {
        return ZonedDateTime.of(date, java.time.LocalTime.of(hour, 0), NEW_YORK).toEpochSecond() * 1_000_000_000L;
    }

    /** A short volume row published 18:00 on its trade date. */
    static ShortVolumeRecord volume(LocalDate day, String facility, double shortVol, double exempt, double total) {
        return new ShortVolumeRecord(TICKER, day, facility, shortVol, exempt, total, at(day, 18));
    }

    static FailsRecord fails(LocalDate day, String cusip, long quantity, Double price, LocalDate published) {
        return new FailsRecord(TICKER, day, cusip, quantity, price, at(published, 18));
    }

    static ShortInterestRecord interest(LocalDate day, double si, Double previous, LocalDate published) {
        return new ShortInterestRecord(TICKER, day, si, previous, at(published, 18));
    }
}
