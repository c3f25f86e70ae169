package io.tickflow.producers.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import org.junit.jupiter.api.Test;

class GapAndLateChecksTest {
    /** 2024-03-05 14:30:00 UTC = 09:30 New York. */
    private static final long OPEN = 1_709_649_000_000_000_000L;
    private static final long DAY = 86_400_000_000_000L;

    @Test
    void reportsSilencePastThresholdOncePerSilence() {
        SilenceWatch watch = new SilenceWatch(1_000);
        watch.heard(0);

        assertThat(watch.newGap(1_000, true)).isFalse(); // exactly the threshold: not yet
        assertThat(watch.newGap(1_001, true)).isTrue();
        assertThat(watch.newGap(5_000, true)).isFalse(); // same silence
        watch.heard(6_000);
        assertThat(watch.newGap(7_001, true)).isTrue();
    }

    @Test
    void silenceWhenNoFramesAreExpectedIsNoGap() {
        SilenceWatch watch = new SilenceWatch(1_000);
        watch.heard(0);

        assertThat(watch.newGap(10_000, false)).isFalse();
    }

    @Test
    void tradeWithSequenceNotAboveTheLastOfItsTickerIsLate() {
        LateFrameCheck check = new LateFrameCheck();

        assertThat(check.isLate(trade("A", OPEN, 10))).isFalse();
        assertThat(check.isLate(trade("B", OPEN, 5))).isFalse(); // other ticker, own sequence
        assertThat(check.isLate(trade("A", OPEN, 10))).isTrue(); // repeated sequence
        assertThat(check.isLate(trade("A", OPEN + 1, 9))).isTrue();
        assertThat(check.isLate(trade("A", OPEN + 1, 11))).isFalse();
    }

    @Test
    void tradeEarlierThanTheLatestOfItsTickerIsLateEvenWithoutSequence() {
        LateFrameCheck check = new LateFrameCheck();
        check.isLate(trade("A", OPEN + 5, null));

        assertThat(check.isLate(trade("A", OPEN + 4, null))).isTrue();
    }

    @Test
    void sequenceRestartingNextSessionIsNotLate() {
        LateFrameCheck check = new LateFrameCheck();
        check.isLate(trade("A", OPEN, 9_000_000));

        assertThat(check.isLate(trade("A", OPEN + DAY, 1))).isFalse();
    }

    @Test
    void minuteBarStartingBeforeTheLatestOfItsTickerIsLate() {
        LateFrameCheck check = new LateFrameCheck();
        check.isLate(bar("A", OPEN + 60_000_000_000L));

        assertThat(check.isLate(bar("A", OPEN))).isTrue();
        assertThat(check.isLate(bar("A", OPEN + 120_000_000_000L))).isFalse();
    }

    private static Trade trade(String ticker, long sipTs, Integer sequence) {
        return Trade.newBuilder().setTicker(ticker).setSipTs(sipTs).setPrice(1).setSize(1)
                .setSequence(sequence == null ? null : sequence.longValue()).build();
    }

    private static Bar bar(String ticker, long start) {
        return Bar.newBuilder().setTicker(ticker).setWindowStart(start).setOpen(1).setHigh(1).setLow(1).setClose(1)
                .setVolume(1).build();
    }
}
