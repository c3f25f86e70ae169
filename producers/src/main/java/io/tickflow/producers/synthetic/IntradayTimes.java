package io.tickflow.producers.synthetic;

import io.tickflow.core.calendar.SessionClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * Draws trade times for one session in New York time with the intraday shape of small caps: a U over
 * the regular session (busiest just after the 09:30 open, busy again into the 16:00 close, quiet at
 * midday), pre-market activity that builds towards the open (from 04:00) and after-hours activity
 * that fades after the close (until 20:00).
 */
final class IntradayTimes {

    static final LocalTime PRE_MARKET_OPEN = LocalTime.of(4, 0);
    static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);
    static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);
    static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private static final int PRE_MARKET_MINUTES = 330;
    private static final int REGULAR_MINUTES = 390;
    private static final int AFTER_HOURS_MINUTES = 240;
    private static final double PRE_MARKET_SHARE = 0.6;

    private static final double[] REGULAR_CDF = cdf(REGULAR_MINUTES, IntradayTimes::regularWeight);
    private static final double[] PRE_MARKET_CDF = cdf(PRE_MARKET_MINUTES, m -> 0.15 + StrictMath.exp((m - 329) / 60.0));
    private static final double[] AFTER_HOURS_CDF = cdf(AFTER_HOURS_MINUTES, m -> 0.10 + StrictMath.exp(-m / 40.0));

    private IntradayTimes() {
    }

    /** Sorted SIP times in ns since the epoch for {@code plan}'s regular and extended trades. */
    static long[] draw(LocalDate date, SessionPlan plan, SyntheticRandom random) {
        long premarketStart = epochNanos(date, PRE_MARKET_OPEN);
        long regularStart = epochNanos(date, REGULAR_OPEN);
        long afterHoursStart = epochNanos(date, REGULAR_CLOSE);
        long[] times = new long[plan.totalTrades()];
        int n = 0;
        for (int i = 0; i < plan.regularTrades(); i++) {
            times[n++] = instant(regularStart, REGULAR_CDF, random);
        }
        for (int i = 0; i < plan.extendedTrades(); i++) {
            boolean pre = random.chance(PRE_MARKET_SHARE);
            times[n++] = pre ? instant(premarketStart, PRE_MARKET_CDF, random)
                    : instant(afterHoursStart, AFTER_HOURS_CDF, random);
        }
        Arrays.sort(times);
        return times;
    }

    static long epochNanos(LocalDate date, LocalTime time) {
        return SessionClock.epochNanos(date, time);
    }

    /** Relative activity of regular-session minute m (0 = 09:30): ~6x at the open, ~4x at the close. */
    private static double regularWeight(int m) {
        return 1.0 + 5.0 * StrictMath.exp(-m / 25.0) + 3.0 * StrictMath.exp(-(REGULAR_MINUTES - 1 - m) / 30.0);
    }

    private static long instant(long periodStart, double[] cdf, SyntheticRandom random) {
        int minute = Arrays.binarySearch(cdf, random.uniform());
        minute = minute >= 0 ? minute + 1 : -minute - 1;
        minute = Math.min(minute, cdf.length - 1);
        return periodStart + minute * NANOS_PER_MINUTE + random.nextLong(NANOS_PER_MINUTE);
    }

    private static double[] cdf(int minutes, java.util.function.IntToDoubleFunction weight) {
        double[] cdf = new double[minutes];
        double total = 0;
        for (int m = 0; m < minutes; m++) {
            total += weight.applyAsDouble(m);
            cdf[m] = total;
        }
        for (int m = 0; m < minutes; m++) {
            cdf[m] /= total;
        }
        return cdf;
    }
}
