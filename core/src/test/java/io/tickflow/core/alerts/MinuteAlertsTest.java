package io.tickflow.core.alerts;

import static io.tickflow.core.alerts.AlertFixtures.TICKER;
import static io.tickflow.core.alerts.AlertFixtures.TODAY;
import static io.tickflow.core.alerts.AlertFixtures.flat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ordering and scope contract of {@link MinuteAlerts}. */
class MinuteAlertsTest {
    private final InMemoryTickerAlertStore store = new InMemoryTickerAlertStore();
    private final MinuteAlerts alerts = new MinuteAlerts(AlertFixtures.quietSettings());

    @Test
    void refusesARepeatedMinuteAndKeepsTheState() {
        alerts.onMinute(store, TICKER, flat(TODAY, "09:31", 10, 100));
        SessionAlertState before = store.session(TICKER);
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, flat(TODAY, "09:31", 11, 500));
        assertThat(outcome.status()).isEqualTo(MinuteOutcome.Status.REFUSED);
        assertThat(outcome.refusal()).contains("is not after the ticker's latest minute");
        assertThat(store.session(TICKER)).isEqualTo(before);
    }

    @Test
    void refusesAMinuteOfAnEarlierSession() {
        alerts.onMinute(store, TICKER, flat(TODAY, "09:31", 10, 100));
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, flat(TODAY.minusDays(1), "15:59", 10, 100));
        assertThat(outcome.status()).isEqualTo(MinuteOutcome.Status.REFUSED);
        assertThat(outcome.refusal()).contains("session 2024-03-03 arrived after the ticker's session 2024-03-04");
    }

    @Test
    void ignoresAPreMarketMinuteUnderTheRegularScope() {
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:29", 10, 100)).status())
                .isEqualTo(MinuteOutcome.Status.OUT_OF_SCOPE);
        assertThat(store.session(TICKER)).isNull();
    }

    @Test
    void aNewSessionRollsTheFinishedOneIntoTheHistoryWithItsLastCloseAsPreviousClose() {
        alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 10, 100));
        alerts.onMinute(store, TICKER, flat(TODAY, "09:32", 12, 50));
        alerts.onMinute(store, TICKER, flat(TODAY.plusDays(1), "09:30", 13, 1));
        // minute volumes 100, 0, 50 (09:31 had no bar), trimmed after the last traded minute
        assertThat(store.history(TICKER).sessions())
                .containsExactly(new SessionVolumes(TODAY, new double[] {100, 0, 50}));
        assertThat(store.session(TICKER).previousClose()).isEqualTo(12.0);
        assertThat(store.session(TICKER).volume()).isEqualTo(1.0);
    }
}
