package io.tickflow.core.alerts;

import io.tickflow.core.daily.DailyMetricsCalculator;
import io.tickflow.core.daily.TimeOfDayRvol;

/**
 * Means by minute of the session over a ticker's prior sessions, computed once per session from its
 * {@link VolumeHistory} so that each minute bar costs two array reads.
 *
 * <p>{@link #rvolAt} is {@link TimeOfDayRvol#at} bit for bit: the same window, the same sums in the same order
 * (sessions ascending), the same {@code null} rules (fewer than {@value DailyMetricsCalculator#MIN_PRIOR_SESSIONS}
 * sessions, or a zero mean).
 *
 * @param sessions       prior sessions in the means (0..30)
 * @param meanCumulative mean cumulative volume of minutes 0..m, by m
 * @param meanMinute     mean volume of minute m alone, by m (a session without a bar that minute counts 0)
 */
public record TimeOfDayBaseline(int sessions, double[] meanCumulative, double[] meanMinute) {

    /** The baseline of a history, over {@code minutesInSession} minute indexes. */
    public static TimeOfDayBaseline of(VolumeHistory history, int minutesInSession) {
        int n = history.sessions().size();
        double[] cumulativeSum = new double[minutesInSession];
        double[] minuteSum = new double[minutesInSession];
        for (SessionVolumes s : history.sessions()) {
            double[] volumes = s.perMinute(); // read only; trimmed after the session's last traded minute
            int traded = Math.min(volumes.length, minutesInSession);
            double cumulative = 0;
            for (int m = 0; m < traded; m++) {
                cumulative += volumes[m]; // IntradayVolumeProfile's running sum, so the same doubles
                cumulativeSum[m] += cumulative;
                minuteSum[m] += volumes[m];
            }
            // After the last traded minute the volumes are 0: the running sum stays, and adding +0.0 to a sum of
            // non-negative volumes changes no bit, so skipping it gives the doubles of the full loop.
            for (int m = traded; m < minutesInSession; m++) {
                cumulativeSum[m] += cumulative;
            }
        }
        for (int m = 0; m < minutesInSession && n > 0; m++) {
            cumulativeSum[m] /= n;
            minuteSum[m] /= n;
        }
        return new TimeOfDayBaseline(n, cumulativeSum, minuteSum);
    }

    /**
     * Time-of-day RVOL: today's cumulative volume up to minute m over the mean of the prior sessions'.
     *
     * @return the ratio; {@code null} without enough history or with a zero mean
     */
    public Double rvolAt(double cumulativeVolume, int minuteIndex) {
        if (sessions < DailyMetricsCalculator.MIN_PRIOR_SESSIONS) {
            return null;
        }
        double mean = meanCumulative[minuteIndex];
        return mean > 0 ? cumulativeVolume / mean : null;
    }

    /** Mean volume of minute m, or {@code null} with fewer than {@code minSessions} prior sessions. */
    public Double minuteAverage(int minuteIndex, int minSessions) {
        return sessions >= minSessions && sessions > 0 ? meanMinute[minuteIndex] : null;
    }
}
