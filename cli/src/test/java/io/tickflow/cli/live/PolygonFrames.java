package io.tickflow.cli.live;

import io.tickflow.core.calendar.SessionClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Frames as Polygon's stocks feed sends them, generated for tests: one event per frame, times in ms. */
final class PolygonFrames {
    private PolygonFrames() {
    }

    static String trade(String sym, long tMillis, double price, int size, long sequence) {
        return String.format(Locale.ROOT, "[{\"ev\":\"T\",\"sym\":\"%s\",\"x\":4,\"i\":\"%d\",\"z\":3,\"p\":%s,\"s\":%d,"
                + "\"c\":[],\"t\":%d,\"q\":%d}]", sym, sequence, Double.toString(price), size, tMillis, sequence);
    }

    static String minuteBar(String sym, long startMillis, double open, double high, double low, double close, long volume) {
        return String.format(Locale.ROOT, "[{\"ev\":\"AM\",\"sym\":\"%s\",\"v\":%d,\"av\":%d,\"op\":%s,\"vw\":%s,"
                + "\"o\":%s,\"c\":%s,\"h\":%s,\"l\":%s,\"a\":%s,\"z\":100,\"s\":%d,\"e\":%d}]", sym, volume, volume,
                Double.toString(open), Double.toString(open), Double.toString(open), Double.toString(close),
                Double.toString(high), Double.toString(low), Double.toString(open), startMillis, startMillis + 60_000);
    }

    /** ms since the epoch of a New York time on a date. */
    static long millis(LocalDate day, LocalTime time) {
        return SessionClock.epochNanos(day, time) / 1_000_000L;
    }

    /**
     * A generated session of {@code n} trades of {@code sym} from {@code from}, one every {@code everyMillis} of event
     * time, a random walk around $5 (seeded), played {@code paceMillis} apart.
     */
    static List<LocalPolygonFeed.TimedFrame> session(String sym, LocalDate day, LocalTime from, int n, long everyMillis,
                                                     long paceMillis, long seed) {
        Random random = new Random(seed);
        long start = millis(day, from);
        double price = 5.0;
        List<LocalPolygonFeed.TimedFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            price = Math.max(0.5, Math.round((price + (random.nextInt(3) - 1) * 0.01) * 100) / 100.0);
            frames.add(new LocalPolygonFeed.TimedFrame(i * paceMillis,
                    trade(sym, start + i * everyMillis, price, 100 + random.nextInt(900), i + 1)));
        }
        return frames;
    }
}
