package io.tickflow.core.alerts;

import static io.tickflow.core.alerts.AlertFixtures.TICKER;
import static io.tickflow.core.alerts.AlertFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tickflow.core.calendar.SessionClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TradeAlerts}: each rule fires on the trade that makes it pass, once per ticker-session. */
class TradeAlertsTest {
    private final InMemoryTradeAlertStore store = new InMemoryTradeAlertStore();

    @Test
    void firesTheVolumeSpikeWithinTheMinuteOnTheTradeThatCrosses() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.settings(5, 2, 10, 5));
        priorSessions(alerts, 2, 100, 10);
        // minute 09:30 averages 100 shares over 2 sessions: 5x = 500
        assertThat(trade(alerts, "09:30:05", 10, 200).alerts()).isEmpty();
        assertThat(trade(alerts, "09:30:10", 10, 200).alerts()).isEmpty(); // 400 < 500
        List<Alert> fired = trade(alerts, "09:30:20", 10, 100).alerts(); // 500 >= 500
        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.VOLUME_SPIKE);
            assertThat(a.eventTsNanos()).isEqualTo(ts(TODAY, "09:30:20"));
            assertThat(a.values()).containsEntry("volume", 500.0).containsEntry("tod_average", 100.0)
                    .containsEntry("ratio", 5.0).containsEntry("history_sessions", 2.0);
            assertThat(a.message()).contains("09:30:20 ET");
        });
    }

    @Test
    void theSpikeCountsOnlyTheCurrentMinutesVolume() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.settings(5, 2, 10, 5));
        priorSessions(alerts, 2, 100, 10);
        trade(alerts, "09:30:05", 10, 400);
        // minute 09:31 alone: 200 < 5 x 100, though the session's 600 would pass
        assertThat(trade(alerts, "09:31:00", 10, 200).alerts()).isEmpty();
    }

    @Test
    void firesTheInfoRichCrossingOnTheTradeWhereAllRulesFirstPass() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        priorSessions(alerts, 10, 100, 10);
        // 100 @ 12: RVOL 100 / 100 = 1.0 < 2
        assertThat(trade(alerts, "09:30:01", 12, 100).alerts()).isEmpty();
        // +100 @ 12: RVOL 200 / 100 = 2.0, change 12 / 10 - 1 = +20%, $ 2 x 1,200 = 2,400 >= 1,000, 12 in [0.5, 20]
        Alert a = trade(alerts, "09:30:02", 12, 100).alerts().get(0);
        assertThat(a.kind()).isEqualTo(AlertKind.INFO_RICH_CROSSING);
        assertThat(a.eventTsNanos()).isEqualTo(ts(TODAY, "09:30:02"));
        assertThat(a.values().get("rvol_tod")).isEqualTo(2.0);
        assertThat(a.values().get("pct_chg")).isCloseTo(0.2, within(1e-12));
        assertThat(a.values()).containsEntry("dollar_volume", 2400.0).containsEntry("price", 12.0)
                .containsEntry("previous_close", 10.0);
        assertThat(a.id()).isEqualTo(AlertIds.of(AlertKind.INFO_RICH_CROSSING, TICKER, TODAY));
    }

    @Test
    void firesEachKindOncePerTickerSessionAndAgainTheNextSession() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        priorSessions(alerts, 10, 100, 10);
        trade(alerts, "09:30:01", 12, 200);
        assertThat(trade(alerts, "09:30:02", 13, 500).alerts()).isEmpty();
        // next day: previous close 13; 400 @ 16 = +23%, RVOL 400 / ((10 x 100 + 700) / 11 = 154.5) = 2.59
        var next = alerts.onTrade(store, TICKER, ts(TODAY.plusDays(1), "09:30:00"), 16, 400);
        assertThat(next.alerts()).extracting(Alert::kind).containsExactly(AlertKind.INFO_RICH_CROSSING);
    }

    @Test
    void firesTheGapUpOnTheSessionsFirstTradeOnly() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.settings(1000, 1, 0.10, 5));
        priorSessions(alerts, 1, 100, 10);
        // 11.5 / 10 - 1 = +15% >= 10%
        assertThat(trade(alerts, "09:30:00", 11.5, 1).alerts()).singleElement()
                .satisfies(a -> assertThat(a.values()).containsEntry("open", 11.5).containsEntry("previous_close", 10.0));
        TradeAlerts other = new TradeAlerts(AlertFixtures.settings(1000, 1, 0.10, 5));
        InMemoryTradeAlertStore fresh = new InMemoryTradeAlertStore();
        other.onTrade(fresh, TICKER, ts(TODAY.minusDays(1), "09:30:00"), 10, 100);
        other.onTrade(fresh, TICKER, ts(TODAY, "09:30:00"), 10.5, 1); // +5%: no gap
        assertThat(other.onTrade(fresh, TICKER, ts(TODAY, "09:30:01"), 12, 1).alerts()).isEmpty();
    }

    @Test
    void firesTheOpeningRangeBreakoutOnTheFirstTradeAboveTheRangeAfterIt() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.settings(1000, 1, 10, 5));
        trade(alerts, "09:30:00", 10, 1);
        trade(alerts, "09:34:59", 10.5, 1); // inside the range: raises its high to 10.5
        assertThat(trade(alerts, "09:35:00", 10.5, 1).alerts()).isEmpty(); // equal: no breakout
        Alert a = trade(alerts, "09:35:30", 10.51, 1).alerts().get(0);
        assertThat(a.kind()).isEqualTo(AlertKind.OPENING_RANGE_BREAKOUT);
        assertThat(a.values()).containsEntry("price", 10.51).containsEntry("opening_range_high", 10.5);
    }

    @Test
    void reportsRulesWithoutHistoryOnTheTickersFirstSession() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        assertThat(trade(alerts, "09:30:00", 10, 1).withoutHistory())
                .containsExactlyInAnyOrder(AlertKind.INFO_RICH_CROSSING, AlertKind.VOLUME_SPIKE, AlertKind.GAP_UP);
    }

    @Test
    void refusesATradeOfAMinuteBeforeTheCurrentOneAndKeepsTheState() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        trade(alerts, "09:31:00", 10, 1);
        TradeSessionState before = store.session(TICKER);
        TradeOutcome outcome = trade(alerts, "09:30:59", 10, 1);
        assertThat(outcome.status()).isEqualTo(MinuteOutcome.Status.REFUSED);
        assertThat(outcome.refusal()).contains("before the ticker's current minute 1");
        assertThat(store.session(TICKER)).isEqualTo(before);
    }

    @Test
    void takesTradesOfTheCurrentMinuteOutOfSipOrderWithTheLastPriceBySipTime() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        trade(alerts, "09:30:20", 11, 1);
        trade(alerts, "09:30:10", 12, 2); // earlier SIP time, same minute: counted, not the last price
        TradeSessionState s = store.session(TICKER);
        assertThat(s.volume()).isEqualTo(3.0);
        assertThat(s.minuteVolume()).isEqualTo(3.0);
        assertThat(s.dollarVolume()).isEqualTo(35.0); // 11 + 2 x 12
        assertThat(s.lastPrice()).isEqualTo(11.0);
    }

    @Test
    void refusesATradeOfAnEarlierSessionAndIgnoresOneOutOfScope() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        trade(alerts, "09:30:00", 10, 1);
        assertThat(alerts.onTrade(store, TICKER, ts(TODAY.minusDays(1), "15:59:59"), 10, 1).refusal())
                .contains("session 2024-03-03 arrived after the ticker's session 2024-03-04");
        assertThat(trade(alerts, "16:00:00", 10, 1).status()).isEqualTo(MinuteOutcome.Status.OUT_OF_SCOPE);
        assertThat(alerts.onTrade(store, TICKER, ts(TODAY, "09:30:01"), 0, 1).status())
                .isEqualTo(MinuteOutcome.Status.REFUSED);
    }

    @Test
    void aNewSessionRollsEveryMinuteIncludingTheOpenOneIntoTheHistory() {
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        trade(alerts, "09:30:00", 10, 60);
        trade(alerts, "09:30:30", 10, 40);
        trade(alerts, "09:32:10", 12, 50);
        alerts.onTrade(store, TICKER, ts(TODAY.plusDays(1), "09:30:00"), 13, 1);
        // minutes 100, 0, 50: the open minute 09:32 counts too, trimmed after the last traded minute
        assertThat(store.history(TICKER).sessions()).containsExactly(new SessionVolumes(TODAY, new double[] {100, 0, 50}));
        assertThat(store.session(TICKER).previousClose()).isEqualTo(12.0);
        assertThat(store.session(TICKER).volume()).isEqualTo(1.0);
    }

    @Test
    void aSessionRolledAgainAfterARestoreKeepsTheHistoryOfTheFirstRoll() {
        // at-least-once: a crash can restore the session state from before a roll with the history from after it
        TradeAlerts alerts = new TradeAlerts(AlertFixtures.quietSettings());
        trade(alerts, "09:30:00", 10, 60);
        TradeSessionState beforeRoll = store.session(TICKER);
        alerts.onTrade(store, TICKER, ts(TODAY.plusDays(1), "09:30:00"), 13, 1);
        VolumeHistory rolled = store.history(TICKER);
        store.putSession(TICKER, beforeRoll);

        TradeOutcome replayed = alerts.onTrade(store, TICKER, ts(TODAY.plusDays(1), "09:30:00"), 13, 1);

        assertThat(replayed.status()).isNotEqualTo(MinuteOutcome.Status.REFUSED);
        assertThat(store.history(TICKER)).isEqualTo(rolled);
        assertThat(rolled.sessions()).containsExactly(new SessionVolumes(TODAY, new double[] {60}));
        assertThat(store.session(TICKER).session()).isEqualTo(TODAY.plusDays(1));
    }

    private TradeOutcome trade(TradeAlerts alerts, String nyTime, double price, double size) {
        return alerts.onTrade(store, TICKER, ts(TODAY, nyTime), price, size);
    }

    /** {@code sessions} prior sessions ending the day before TODAY: one trade at 09:30 and one at 09:31 each. */
    private void priorSessions(TradeAlerts alerts, int sessions, double volume, double price) {
        for (int d = sessions; d >= 1; d--) {
            alerts.onTrade(store, TICKER, ts(TODAY.minusDays(d), "09:30:00"), price, volume);
            alerts.onTrade(store, TICKER, ts(TODAY.minusDays(d), "09:31:00"), price, volume);
        }
    }

    private static long ts(LocalDate day, String nyTime) {
        return SessionClock.epochNanos(day, LocalTime.parse(nyTime));
    }
}
