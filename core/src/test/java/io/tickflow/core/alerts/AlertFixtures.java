package io.tickflow.core.alerts;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import java.time.LocalDate;
import java.time.LocalTime;

/** Shared fixtures of the alert tests: minutes at New York times, prior sessions, settings. */
final class AlertFixtures {
    static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
    static final String TICKER = "ABC";
    /** Cheap dollar volume (1,000) so that small fixtures can be info-rich; other thresholds are the seed's. */
    static final InfoRichRules RULES = new InfoRichRules(2.0, 0.15, 1000, 0.5, 20, 2e9);

    private AlertFixtures() {
    }

    /** Settings with the given spike multiple, spike history, gap and opening range; regular session. */
    static AlertSettings settings(double spikeMultiple, int spikeMinHistory, double gapUp, int openingRange) {
        return new AlertSettings(SessionScope.REGULAR, RULES, spikeMultiple, spikeMinHistory, gapUp, openingRange);
    }

    /** Rules other than the one under test kept out of reach: spike 1000x, gap 1000%, 5-minute range. */
    static AlertSettings quietSettings() {
        return settings(1000, 1, 10, 5);
    }

    static AlertMinute minute(LocalDate date, String nyTime, double open, double high, double close, double volume) {
        return new AlertMinute(SessionClock.epochNanos(date, LocalTime.parse(nyTime)), open, high, close, volume, null);
    }

    /** A flat minute: open = high = close. */
    static AlertMinute flat(LocalDate date, String nyTime, double price, double volume) {
        return minute(date, nyTime, price, price, price, volume);
    }

    /**
     * Feeds {@code sessions} prior sessions ending the day before {@link #TODAY}, each with 09:30 and 09:31 minutes of
     * {@code volume} shares at close {@code close}.
     */
    static void priorSessions(MinuteAlerts alerts, TickerAlertStore store, int sessions, double volume, double close) {
        for (int d = sessions; d >= 1; d--) {
            LocalDate day = TODAY.minusDays(d);
            alerts.onMinute(store, TICKER, flat(day, "09:30", close, volume));
            alerts.onMinute(store, TICKER, flat(day, "09:31", close, volume));
        }
    }
}
