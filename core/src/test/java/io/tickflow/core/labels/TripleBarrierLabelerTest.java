package io.tickflow.core.labels;

import static io.tickflow.core.labels.LabelFixtures.BASE_NANOS;
import static io.tickflow.core.labels.LabelFixtures.MINUTE;
import static io.tickflow.core.labels.LabelFixtures.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TripleBarrierLabelerTest {
    /** k so large the CUSUM never fires: barrier tests start from a hand-made open event. */
    private static final LabelSettings NO_NEW_EVENTS = new LabelSettings(100, 1e9, 1.0, 1.0, 3, 0);
    private static final double TARGET = 0.02;

    /** An event on bar 2 at close 100 with σ = 0.02 and its vertical barrier at seq 2 + 3 = 5. */
    private static LabelerState openEventAt100(LabelSettings settings) {
        PendingEvent event = new PendingEvent(2, bar(2, 100).closeTimeNanos(), 100.0, TARGET,
                settings.verticalBars() == 0 ? Integer.MAX_VALUE : 2 + settings.verticalBars(),
                settings.verticalMinutes() == 0 ? Long.MAX_VALUE : BASE_NANOS + 2 * MINUTE + settings.verticalMinutes() * MINUTE);
        return new LabelerState(EwmStd.empty(), CusumFilter.empty(), bar(2, 100), List.of(event));
    }

    private static List<TripleBarrierLabel> feed(TripleBarrierLabeler labeler, LabelerState state, BarPoint... bars) {
        List<TripleBarrierLabel> out = new java.util.ArrayList<>();
        for (BarPoint b : bars) {
            var step = labeler.onBar(state, b);
            out.addAll(step.labels());
            state = step.state();
        }
        return out;
    }

    @Test
    void closeAboveUpperBarrierIsProfitTake() {
        // ln(103/100) = 0.029559 > 1·0.02
        var labels = feed(new TripleBarrierLabeler(NO_NEW_EVENTS), openEventAt100(NO_NEW_EVENTS), bar(3, 101), bar(4, 103));
        assertThat(labels).containsExactly(new TripleBarrierLabel(2, bar(2, 100).closeTimeNanos(), 4,
                bar(4, 103).closeTimeNanos(), Touch.PT, Math.log(1.03), TARGET));
        assertThat(labels.get(0).bin()).isEqualTo(1);
        assertThat(labels.get(0).binMlfinlab()).isEqualTo(1);
    }

    @Test
    void closeBelowLowerBarrierIsStopLoss() {
        // ln(97/100) = −0.030459 < −0.02
        var labels = feed(new TripleBarrierLabeler(NO_NEW_EVENTS), openEventAt100(NO_NEW_EVENTS), bar(3, 97));
        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l.touch()).isEqualTo(Touch.SL);
            assertThat(l.exitSeq()).isEqualTo(3);
            assertThat(l.ret()).isEqualTo(Math.log(0.97));
            assertThat(l.bin()).isEqualTo(-1);
            assertThat(l.binMlfinlab()).isEqualTo(-1);
        });
    }

    @Test
    void untouchedEventExitsVerticallyAfterNBarsWithBinZeroInMlfinlabConvention() {
        // seq 3: ln 1.01 = 0.00995, seq 4: ln 1.005, seq 5 = 2 + 3 is the vertical: ln(99.5/100) = −0.0050125
        var labels = feed(new TripleBarrierLabeler(NO_NEW_EVENTS), openEventAt100(NO_NEW_EVENTS),
                bar(3, 101), bar(4, 100.5), bar(5, 99.5), bar(6, 99.0));
        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l.touch()).isEqualTo(Touch.VERTICAL);
            assertThat(l.exitSeq()).isEqualTo(5);
            assertThat(l.ret()).isEqualTo(Math.log(0.995));
            assertThat(l.bin()).isEqualTo(-1);
            assertThat(l.binMlfinlab()).isZero();
        });
    }

    @Test
    void touchOnTheVerticalBarCountsAsProfitTake() {
        var labels = feed(new TripleBarrierLabeler(NO_NEW_EVENTS), openEventAt100(NO_NEW_EVENTS),
                bar(3, 100), bar(4, 100), bar(5, 103));
        assertThat(labels).singleElement().extracting(TripleBarrierLabel::touch).isEqualTo(Touch.PT);
    }

    @Test
    void returnExactlyOnTheBarrierDoesNotTouch() {
        // target = ln 1.02 and close 102: ret == pt·σ, not > (strict, as mlfinlab)
        double target = Math.log(1.02);
        PendingEvent event = new PendingEvent(2, bar(2, 100).closeTimeNanos(), 100.0, target, 5, Long.MAX_VALUE);
        var state = new LabelerState(EwmStd.empty(), CusumFilter.empty(), bar(2, 100), List.of(event));
        var step = new TripleBarrierLabeler(NO_NEW_EVENTS).onBar(state, bar(3, 102));
        assertThat(step.labels()).isEmpty();
        assertThat(step.state().pending()).containsExactly(event);
    }

    @Test
    void verticalBarrierInMinutesIsTheFirstBarAtOrAfterT0PlusM() {
        // t0 = base + 2 min; M = 5 → the first bar closing at or after base + 7 min; bar 6 closes at +6 min, bar 7 at +7
        LabelSettings settings = NO_NEW_EVENTS.withVerticalMinutes(5);
        var labels = feed(new TripleBarrierLabeler(settings), openEventAt100(settings),
                bar(3, 100), bar(6, 100.5), bar(7, 100.25), bar(8, 100));
        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l.exitSeq()).isEqualTo(7);
            assertThat(l.touch()).isEqualTo(Touch.VERTICAL);
        });
    }

    @Test
    void zeroProfitTakeDisablesTheUpperBarrier() {
        LabelSettings settings = new LabelSettings(100, 1e9, 0.0, 1.0, 3, 0);
        var labels = feed(new TripleBarrierLabeler(settings), openEventAt100(settings),
                bar(3, 120), bar(4, 120), bar(5, 120));
        assertThat(labels).singleElement().extracting(TripleBarrierLabel::touch).isEqualTo(Touch.VERTICAL);
        assertThat(labels.get(0).bin()).isEqualTo(1);
    }

    @Test
    void verticalExitWithoutMoveHasBinZero() {
        var labels = feed(new TripleBarrierLabeler(NO_NEW_EVENTS), openEventAt100(NO_NEW_EVENTS),
                bar(3, 100), bar(4, 100), bar(5, 100));
        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l.ret()).isZero();
            assertThat(l.bin()).isZero();
        });
    }

    @Test
    void sessionCloseEndsOpenEventsVerticallyAtTheLastBar() {
        var labeler = new TripleBarrierLabeler(NO_NEW_EVENTS);
        var state = labeler.onBar(openEventAt100(NO_NEW_EVENTS), bar(3, 101)).state();
        assertThat(labeler.closeSession(state)).containsExactly(new TripleBarrierLabel(2,
                bar(2, 100).closeTimeNanos(), 3, bar(3, 101).closeTimeNanos(), Touch.VERTICAL, Math.log(1.01), TARGET));
    }

    @Test
    void eventOnTheSessionsLastBarEndsThereWithZeroReturn() {
        var labels = new TripleBarrierLabeler(NO_NEW_EVENTS).closeSession(openEventAt100(NO_NEW_EVENTS));
        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l.t1Nanos()).isEqualTo(l.t0Nanos());
            assertThat(l.exitSeq()).isEqualTo(2);
            assertThat(l.ret()).isZero();
            assertThat(l.touch()).isEqualTo(Touch.VERTICAL);
        });
    }

    @Test
    void cusumOpensTheFirstEventOnceSigmaIsDefined() {
        // r1 = 0.01 (σ undefined, S⁺ = 0.01), r2 = 0.03: σ2 = |0.03 − 0.01| / √2 = 0.0141421, S⁺ = 0.04 > σ2 → event on bar 2
        var labeler = new TripleBarrierLabeler(LabelSettings.defaults());
        LabelerState state = LabelerState.initial();
        for (BarPoint b : LabelFixtures.pathOfReturns(0, 0.01, 0.03)) {
            state = labeler.onBar(state, b).state();
        }
        assertThat(state.pending()).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(2);
            assertThat(e.target()).isCloseTo(0.02 / Math.sqrt(2), within(1e-12));
            assertThat(e.verticalSeq()).isEqualTo(22);
            assertThat(e.close()).isCloseTo(100 * Math.exp(0.04), within(1e-9));
        });
        assertThat(state.cusum()).isEqualTo(CusumFilter.empty());
    }

    @Test
    void flatPricesOpenNoEvent() {
        var labeler = new TripleBarrierLabeler(LabelSettings.defaults());
        LabelerState state = LabelerState.initial();
        for (int seq = 0; seq < 10; seq++) {
            state = labeler.onBar(state, bar(seq, 5.0)).state();
        }
        assertThat(state.pending()).isEmpty();
    }

    @Test
    void eventsResolvedByTheSameBarComeOutByEventSeq() {
        PendingEvent a = new PendingEvent(1, bar(1, 100).closeTimeNanos(), 100.0, TARGET, 10, Long.MAX_VALUE);
        PendingEvent b = new PendingEvent(2, bar(2, 100).closeTimeNanos(), 100.0, TARGET, 10, Long.MAX_VALUE);
        var state = new LabelerState(EwmStd.empty(), CusumFilter.empty(), bar(2, 100), List.of(a, b));
        var labels = new TripleBarrierLabeler(NO_NEW_EVENTS).onBar(state, bar(3, 90)).labels();
        assertThat(labels).extracting(TripleBarrierLabel::eventSeq).containsExactly(1, 2);
        assertThat(labels).extracting(TripleBarrierLabel::touch).containsOnly(Touch.SL);
    }
}
