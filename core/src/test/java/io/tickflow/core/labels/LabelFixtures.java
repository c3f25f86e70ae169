package io.tickflow.core.labels;

import java.util.ArrayList;
import java.util.List;

/** Shared bar paths for label and weight tests: bar seq closes seq minutes after 10:00 New York on 2024-03-08. */
public final class LabelFixtures {
    /** 2024-03-08 15:00:00Z (10:00 New York), ns. */
    public static final long BASE_NANOS = 1_709_910_000_000_000_000L;
    public static final long MINUTE = 60_000_000_000L;

    private LabelFixtures() {
    }

    /** Bar {@code seq} closing {@code seq} minutes after the base at {@code close}. */
    public static BarPoint bar(int seq, double close) {
        return new BarPoint(seq, BASE_NANOS + seq * MINUTE, close);
    }

    /** Bars 0..n−1 with closes 100·exp(Σ r): bar t's log return is r[t] (r[0] is ignored: the first bar has none). */
    public static List<BarPoint> pathOfReturns(double... r) {
        List<BarPoint> path = new ArrayList<>(r.length);
        double logPrice = Math.log(100.0);
        for (int t = 0; t < r.length; t++) {
            if (t > 0) {
                logPrice += r[t];
            }
            path.add(bar(t, Math.exp(logPrice)));
        }
        return path;
    }
}
