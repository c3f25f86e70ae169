package io.tickflow.core.alerts;

import static io.tickflow.core.alerts.AlertFixtures.TICKER;
import static io.tickflow.core.alerts.AlertFixtures.TODAY;
import static io.tickflow.core.alerts.AlertFixtures.flat;
import static io.tickflow.core.alerts.AlertFixtures.minute;
import static io.tickflow.core.alerts.AlertFixtures.priorSessions;
import static io.tickflow.core.alerts.AlertFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Volume spike, gap up and opening-range breakout. */
class OtherAlertRulesTest {
    private final InMemoryTickerAlertStore store = new InMemoryTickerAlertStore();

    @Test
    void volumeSpikeFiresAtExactlyTheMultipleOfTheTimeOfDayAverage() {
        MinuteAlerts alerts = new MinuteAlerts(settings(5, 2, 10, 5));
        priorSessions(alerts, store, 2, 100, 10.0); // average 100 shares at 09:30 and at 09:31
        // 499 < 5 × 100 → quiet
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 10.0, 499)).alerts()).isEmpty();
        // 500 = 5 × 100 → fires (inclusive), ratio 500 / 100 = 5
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:31", 10.0, 500)).alerts()).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AlertKind.VOLUME_SPIKE);
                    assertThat(a.values()).containsExactlyInAnyOrderEntriesOf(Map.of("volume", 500.0,
                            "tod_average", 100.0, "ratio", 5.0, "history_sessions", 2.0));
                    assertThat(a.thresholds()).containsExactlyInAnyOrderEntriesOf(Map.of("spike_multiple", 5.0,
                            "spike_min_history", 2.0));
                });
    }

    @Test
    void volumeSpikeNeedsItsMinimumHistoryAndMarksItsAbsence() {
        MinuteAlerts alerts = new MinuteAlerts(settings(5, 2, 10, 5));
        priorSessions(alerts, store, 1, 100, 10.0);
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 10.0, 100_000));
        assertThat(outcome.alerts()).isEmpty();
        assertThat(outcome.withoutHistory()).contains(AlertKind.VOLUME_SPIKE);
    }

    @Test
    void volumeSpikeIgnoresAMinuteTheTickerNeverTradedBefore() {
        MinuteAlerts alerts = new MinuteAlerts(settings(5, 2, 10, 5));
        priorSessions(alerts, store, 2, 100, 10.0); // nothing ever at 09:40: average 0, no ratio
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, flat(TODAY, "09:40", 10.0, 100_000));
        assertThat(outcome.alerts()).extracting(Alert::kind).doesNotContain(AlertKind.VOLUME_SPIKE);
        assertThat(outcome.withoutHistory()).doesNotContain(AlertKind.VOLUME_SPIKE);
    }

    @Test
    void gapUpFiresWhenTheFirstOpenIsExactlyTheGapAbovePreviousClose() {
        MinuteAlerts alerts = new MinuteAlerts(settings(1000, 1, 0.25, 5));
        priorSessions(alerts, store, 1, 100, 8.0);
        // open 10 / previous close 8 − 1 = 0.25 = gap_up → fires
        assertThat(alerts.onMinute(store, TICKER, minute(TODAY, "09:30", 10, 10, 9, 100)).alerts()).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AlertKind.GAP_UP);
                    assertThat(a.values()).containsExactlyInAnyOrderEntriesOf(Map.of("open", 10.0,
                            "previous_close", 8.0, "gap", 0.25));
                    assertThat(a.thresholds()).containsExactlyInAnyOrderEntriesOf(Map.of("gap_up", 0.25));
                });
    }

    @Test
    void gapUpTestsOnlyTheSessionsFirstMinute() {
        MinuteAlerts alerts = new MinuteAlerts(settings(1000, 1, 0.25, 5));
        priorSessions(alerts, store, 1, 100, 8.0);
        // 9 / 8 − 1 = 0.125 < 0.25; the next minute's open of 12 is a rise, not a gap
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 9, 100)).alerts()).isEmpty();
        assertThat(alerts.onMinute(store, TICKER, flat(TODAY, "09:31", 12, 100)).alerts()).isEmpty();
    }

    @Test
    void gapUpOnTheTickersFirstSessionIsMarkedWithoutHistory() {
        MinuteAlerts alerts = new MinuteAlerts(settings(1000, 1, 0.25, 5));
        MinuteOutcome outcome = alerts.onMinute(store, TICKER, flat(TODAY, "09:30", 10, 100));
        assertThat(outcome.alerts()).isEmpty();
        assertThat(outcome.withoutHistory()).contains(AlertKind.GAP_UP, AlertKind.VOLUME_SPIKE, AlertKind.INFO_RICH_CROSSING);
    }

    @Test
    void breakoutNeedsAHighStrictlyAboveTheOpeningRange() {
        MinuteAlerts alerts = new MinuteAlerts(settings(1000, 1, 10, 2));
        alerts.onMinute(store, TICKER, minute(TODAY, "09:30", 10, 10, 10, 100));
        alerts.onMinute(store, TICKER, minute(TODAY, "09:31", 10, 11, 10, 100)); // range (2 minutes) high 11
        // a tie with the range high is no breakout
        assertThat(alerts.onMinute(store, TICKER, minute(TODAY, "09:32", 10, 11, 10, 100)).alerts()).isEmpty();
        assertThat(alerts.onMinute(store, TICKER, minute(TODAY, "09:33", 11, 11.5, 11, 100)).alerts()).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AlertKind.OPENING_RANGE_BREAKOUT);
                    assertThat(a.values()).containsExactlyInAnyOrderEntriesOf(Map.of("high", 11.5, "opening_range_high", 11.0));
                    assertThat(a.thresholds()).containsExactlyInAnyOrderEntriesOf(Map.of("opening_range_minutes", 2.0));
                });
        assertThat(alerts.onMinute(store, TICKER, minute(TODAY, "09:34", 12, 13, 12, 100)).alerts()).isEmpty();
    }

    @Test
    void noBreakoutWithoutATradeInsideTheOpeningRange() {
        MinuteAlerts alerts = new MinuteAlerts(settings(1000, 1, 10, 2));
        alerts.onMinute(store, TICKER, minute(TODAY, "09:35", 10, 10, 10, 100));
        assertThat(alerts.onMinute(store, TICKER, minute(TODAY, "09:36", 10, 20, 10, 100)).alerts()).isEmpty();
    }
}
