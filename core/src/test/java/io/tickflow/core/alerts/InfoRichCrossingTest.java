package io.tickflow.core.alerts;

import static io.tickflow.core.alerts.AlertFixtures.TICKER;
import static io.tickflow.core.alerts.AlertFixtures.TODAY;
import static io.tickflow.core.alerts.AlertFixtures.flat;
import static io.tickflow.core.alerts.AlertFixtures.priorSessions;
import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfoRichCrossingTest {
    private final InMemoryTickerAlertStore store = new InMemoryTickerAlertStore();

    @Test
    void firesOnTheFirstMinuteWhereEveryRulePasses() {
        MinuteAlerts alerts = new MinuteAlerts(AlertFixtures.quietSettings());
        priorSessions(alerts, store, 10, 100, 10.0); // cumulative means: 100 at 09:30, 200 at 09:31; previous close 10
        // 09:30: RVOL 150 / 100 = 1.5 < 2 → quiet
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 11.0, 150)).alerts()).isEmpty();
        // 09:31: RVOL (150 + 300) / 200 = 2.25; change 12 / 10 − 1 = 0.2; $ 150×11 + 300×12 = 5,250; close 12 in [0.5, 20]
        AlertMinute crossing = flat(TODAY, "09:31", 12.0, 300);
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, crossing);

        assertThat(outcome.alerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.INFO_RICH_CROSSING);
            assertThat(a.id()).isEqualTo(AlertIds.of(AlertKind.INFO_RICH_CROSSING, TICKER, TODAY));
            assertThat(a.eventTsNanos()).isEqualTo(crossing.windowStartNanos());
            assertThat(a.values()).containsExactlyInAnyOrderEntriesOf(Map.of("rvol_tod", 2.25, "pct_chg", 12.0 / 10.0 - 1,
                    "dollar_volume", 5250.0, "close", 12.0, "previous_close", 10.0));
            assertThat(a.thresholds()).containsExactlyInAnyOrderEntriesOf(Map.of("rvol", 2.0, "pctchg", 0.15,
                    "dvol", 1000.0, "min_price", 0.5, "max_price", 20.0));
            assertThat(a.message()).startsWith("ABC info-rich at 09:31 ET: RVOL 2.25 >= 2.00, change +20.0%");
        });
    }

    @Test
    void firesOncePerTickerSessionAndAgainNextSession() {
        MinuteAlerts alerts = new MinuteAlerts(AlertFixtures.quietSettings());
        priorSessions(alerts, store, 10, 100, 10.0);
        alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 11.0, 150));
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:31", 12.0, 300)).alerts()).hasSize(1);
        // still passing (RVOL 1,450 / 200 = 7.25, +30%) but already fired today
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:32", 13.0, 1000)).alerts()).isEmpty();

        // next day: 11 prior sessions; mean cumulative at 09:30 = (10×100 + 150) / 11 = 104.54…;
        // RVOL 400 / 104.54 = 3.83, change 16 / 13 − 1 = +23%, $ 6,400 → fires again, with the new session's id
        MinuteOutcome next = alerts.onMinute(store, TICKER, flat(TODAY.plusDays(1), "09:30", 16.0, 400));
        assertThat(next.alerts()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(AlertIds.of(AlertKind.INFO_RICH_CROSSING, TICKER, TODAY.plusDays(1)));
            assertThat(a.values().get("rvol_tod")).isEqualTo(400 / (1150.0 / 11));
        });
    }

    @Test
    void firesWhenEveryValueIsExactlyAtItsThreshold() {
        // RVOL 200 / 100 = 2.0, change 10 / 8 − 1 = 0.25, $ 200 × 10 = 2,000, close 10 = max price: all exact in binary
        MinuteAlerts alerts = new MinuteAlerts(withRules(new InfoRichRules(2.0, 0.25, 2000, 0.5, 10.0, 2e9)));
        priorSessions(alerts, store, 10, 100, 8.0);
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 10.0, 200)).alerts())
                .extracting(Alert::kind).containsExactly(AlertKind.INFO_RICH_CROSSING);
    }

    @Test
    void staysQuietOneDollarBelowTheDollarVolumeThreshold() {
        MinuteAlerts alerts = new MinuteAlerts(withRules(new InfoRichRules(2.0, 0.25, 2001, 0.5, 10.0, 2e9)));
        priorSessions(alerts, store, 10, 100, 8.0);
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 10.0, 200)).alerts()).isEmpty();
    }

    @Test
    void withoutTenPriorSessionsThereIsNoRvolSoNoAlertAndTheRuleIsMarked() {
        MinuteAlerts alerts = new MinuteAlerts(AlertFixtures.quietSettings());
        priorSessions(alerts, store, 9, 100, 10.0);
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 15.0, 1_000_000));
        assertThat(outcome.alerts()).extracting(Alert::kind).doesNotContain(AlertKind.INFO_RICH_CROSSING);
        assertThat(outcome.withoutHistory()).contains(AlertKind.INFO_RICH_CROSSING);
    }

    private static AlertSettings withRules(InfoRichRules rules) {
        return new AlertSettings(SessionScope.REGULAR, rules, 1000, 1, 10, 5);
    }
}
