package io.tickflow.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TradeMinutesTest {
    private static final long T0 = 1_709_562_600_000_000_000L; // 2024-03-04 14:30:00 UTC, a minute start
    private static final long SECOND = 1_000_000_000L;

    @Test
    void firstTradeOpensItsMinute() {
        TradeMinutes.Step step = TradeMinutes.add(null, T0 + 5 * SECOND, 10.0, 100);
        assertThat(step.open()).isEqualTo(
                new OpenMinute(T0, T0 + 5 * SECOND, T0 + 5 * SECOND, 10.0, 10.0, 10.0, 10.0, 100, 1000.0, 1));
        assertThat(step.closed()).isNull();
        assertThat(step.refusal()).isNull();
    }

    @Test
    void tradesOfTheMinuteAddVolumeAndDollarsAndMoveTheClose() {
        OpenMinute open = TradeMinutes.add(null, T0, 10.0, 100).open();
        open = TradeMinutes.add(open, T0 + 30 * SECOND, 11.0, 300).open();
        // volume 100 + 300 = 400; dollars 1000 + 3300 = 4300; vwap 4300 / 400 = 10.75; close the 11.0 print
        assertThat(open.toBar()).isEqualTo(new MinuteBar(T0, 11.0, 400, 10.75));
        assertThat(open.open()).isEqualTo(10.0);
        assertThat(open.high()).isEqualTo(11.0);
        assertThat(open.low()).isEqualTo(10.0);
        assertThat(open.trades()).isEqualTo(2);
    }

    @Test
    void anEarlierTradeOfTheOpenMinuteBecomesItsOpenNotItsClose() {
        OpenMinute open = TradeMinutes.add(null, T0 + 30 * SECOND, 11.0, 300).open();
        open = TradeMinutes.add(open, T0 + 10 * SECOND, 10.0, 100).open();
        assertThat(open.close()).isEqualTo(11.0);
        assertThat(open.open()).isEqualTo(10.0);
        assertThat(open.volume()).isEqualTo(400);
        assertThat(open.lastTradeNanos()).isEqualTo(T0 + 30 * SECOND);
    }

    @Test
    void aTradeOfALaterMinuteClosesTheOpenOne() {
        OpenMinute open = TradeMinutes.add(null, T0 + 59 * SECOND, 10.0, 100).open();
        TradeMinutes.Step step = TradeMinutes.add(open, T0 + 60 * SECOND, 12.0, 50);
        assertThat(step.closed().toBar()).isEqualTo(new MinuteBar(T0, 10.0, 100, 10.0));
        assertThat(step.open()).isEqualTo(OpenMinute.of(T0 + 60 * SECOND, 12.0, 50));
        assertThat(step.open().windowStartNanos()).isEqualTo(T0 + 60 * SECOND);
    }

    @Test
    void aTradeOfAnEarlierMinuteIsRefusedAndChangesNothing() {
        OpenMinute open = TradeMinutes.add(null, T0 + 60 * SECOND, 12.0, 50).open();
        TradeMinutes.Step step = TradeMinutes.add(open, T0 + 59 * SECOND, 10.0, 100);
        assertThat(step.open()).isEqualTo(open);
        assertThat(step.closed()).isNull();
        assertThat(step.refusal()).contains("before the open one");
    }

    @Test
    void minuteStartRoundsDownAlsoBeforeTheEpoch() {
        assertThat(OpenMinute.startOf(-1)).isEqualTo(-OpenMinute.MINUTE_NANOS);
        assertThat(OpenMinute.startOf(T0 + 59 * SECOND)).isEqualTo(T0);
    }
}
