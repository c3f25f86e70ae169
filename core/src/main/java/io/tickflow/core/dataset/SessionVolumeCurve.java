package io.tickflow.core.dataset;

import java.util.Arrays;
import java.util.List;

/**
 * One ticker-session's cumulative volume and dollar value through time, from its imbalance bars in sequence order:
 * what the session had traded by any instant, at bar resolution (a bar counts once it has closed, so nothing
 * after the instant is ever counted).
 */
public final class SessionVolumeCurve {
    private final long sessionOpenNanos;
    private final long[] closeTimes;
    private final double[] cumulativeVolume;
    private final double[] cumulativeDollars;

    /**
     * @param sessionOpenNanos start of the session the bars belong to, ns
     * @param bars             the session's bars in sequence order (close times never decrease)
     */
    public SessionVolumeCurve(long sessionOpenNanos, List<BarSnapshot> bars) {
        this.sessionOpenNanos = sessionOpenNanos;
        this.closeTimes = new long[bars.size()];
        this.cumulativeVolume = new double[bars.size()];
        this.cumulativeDollars = new double[bars.size()];
        double volume = 0;
        double dollars = 0;
        for (int i = 0; i < bars.size(); i++) {
            BarSnapshot bar = bars.get(i);
            if (i > 0 && bar.closeTimeNanos() < closeTimes[i - 1]) {
                throw new IllegalArgumentException("bars must be in close-time order: bar " + i + " closes at "
                        + bar.closeTimeNanos() + " before " + closeTimes[i - 1]);
            }
            volume += bar.volume();
            dollars += bar.dollarValue();
            closeTimes[i] = bar.closeTimeNanos();
            cumulativeVolume[i] = volume;
            cumulativeDollars[i] = dollars;
        }
    }

    public long sessionOpenNanos() {
        return sessionOpenNanos;
    }

    /** Shares of the bars closed at or before {@code tsNanos}. */
    public double volumeBy(long tsNanos) {
        int n = closedBy(tsNanos);
        return n == 0 ? 0 : cumulativeVolume[n - 1];
    }

    /** USD of the bars closed at or before {@code tsNanos}. */
    public double dollarsBy(long tsNanos) {
        int n = closedBy(tsNanos);
        return n == 0 ? 0 : cumulativeDollars[n - 1];
    }

    /** Shares by the same time of day as {@code offsetNanos} after the open. */
    public double volumeAtOffset(long offsetNanos) {
        return volumeBy(sessionOpenNanos + offsetNanos);
    }

    /** How many bars closed at or before {@code tsNanos}. */
    private int closedBy(long tsNanos) {
        int i = Arrays.binarySearch(closeTimes, tsNanos);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < closeTimes.length && closeTimes[i + 1] == tsNanos) {
            i++; // several bars closing on the same nanosecond: count them all
        }
        return i + 1;
    }
}
