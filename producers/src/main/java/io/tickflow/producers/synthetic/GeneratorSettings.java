package io.tickflow.producers.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the synthetic market generator makes. Same settings, same bytes.
 *
 * @param seed        seed of every random draw
 * @param tickers     number of tickers, 1..5,000 (a US small-cap universe is a few thousand)
 * @param sessions    number of trading sessions (weekdays that are not US market holidays), 1..2520
 * @param startDate   first candidate date; the first session is the first trading day on or after it
 * @param tradesScale multiplier of the number of trades per ticker-session, (0, 100]; 1.0 is the demo size
 */
public record GeneratorSettings(long seed, int tickers, int sessions, LocalDate startDate, double tradesScale) {

    /** Demo defaults: 8 tickers over 20 sessions from 2024-01-02 at scale 1 (about 240k trades). */
    public static final int DEMO_TICKERS = 8;
    public static final int DEMO_SESSIONS = 20;
    public static final LocalDate DEMO_START = LocalDate.of(2024, 1, 2);
    public static final double DEMO_SCALE = 1.0;

    private static final int MAX_TICKERS = 5_000;
    private static final int MAX_SESSIONS = 2520;
    private static final double MAX_SCALE = 100.0;

    public GeneratorSettings {
        Objects.requireNonNull(startDate, "startDate");
        if (tickers < 1 || tickers > MAX_TICKERS) {
            throw new IllegalArgumentException("tickers must be within [1, " + MAX_TICKERS + "], was " + tickers);
        }
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions must be within [1, " + MAX_SESSIONS + "], was " + sessions);
        }
        if (!(tradesScale > 0 && tradesScale <= MAX_SCALE)) {
            throw new IllegalArgumentException("tradesScale must be within (0, " + MAX_SCALE + "], was " + tradesScale);
        }
    }

    /** The demo data set for a seed. */
    public static GeneratorSettings demo(long seed) {
        return new GeneratorSettings(seed, DEMO_TICKERS, DEMO_SESSIONS, DEMO_START, DEMO_SCALE);
    }
}
