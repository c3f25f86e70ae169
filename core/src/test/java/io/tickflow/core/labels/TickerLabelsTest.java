package io.tickflow.core.labels;

import static io.tickflow.core.labels.LabelFixtures.bar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickerLabelsTest {
    private static final LocalDate DAY1 = LocalDate.of(2024, 3, 8);
    private static final LocalDate DAY2 = LocalDate.of(2024, 3, 11);
    private final TickerLabels labels = new TickerLabels(LabelSettings.defaults());

    /** Feeds complete bars of one session; returns the last step. */
    private TickerLabels.Step feed(TickerLabelState state, LocalDate session, List<BarPoint> bars) {
        TickerLabels.Step step = null;
        for (BarPoint b : bars) {
            step = labels.onBar(state, session, b, true);
            state = step.state();
        }
        return step;
    }

    @Test
    void barOfALaterSessionClosesThePreviousOneWithItsOpenEventsLabelled() {
        // returns 0.01 then 0.03 open an event on bar 2 (see TripleBarrierLabelerTest); bar 3 = +0.001 touches nothing
        var day1 = feed(TickerLabelState.initial(), DAY1, LabelFixtures.pathOfReturns(0, 0.01, 0.03, 0.001));
        var step = labels.onBar(day1.state(), DAY2, bar(0, 50), true);
        assertThat(step.closed()).singleElement().satisfies(s -> {
            assertThat(s.session()).isEqualTo(DAY1);
            assertThat(s.path()).hasSize(4);
            assertThat(s.labels()).singleElement().satisfies(l -> {
                assertThat(l.eventSeq()).isEqualTo(2);
                assertThat(l.exitSeq()).isEqualTo(3);
                assertThat(l.touch()).isEqualTo(Touch.VERTICAL);
            });
        });
        assertThat(step.labels()).singleElement().extracting(TickerLabels.SessionLabel::session).isEqualTo(DAY1);
        assertThat(step.state().session()).isEqualTo(DAY2);
        assertThat(step.state().path()).containsExactly(bar(0, 50));
    }

    @Test
    void incompleteBarClosesItsSession() {
        var step = labels.onBar(TickerLabelState.initial(), DAY1, bar(0, 10), false);
        assertThat(step.closed()).containsExactly(new ResolvedSession(DAY1, List.of(bar(0, 10)), List.of()));
        assertThat(step.state().closed()).isTrue();
        assertThat(step.state().path()).isEmpty();
    }

    @Test
    void refusesBarOfAClosedSession() {
        var closed = labels.onBar(TickerLabelState.initial(), DAY1, bar(0, 10), false).state();
        var step = labels.onBar(closed, DAY1, bar(1, 10), true);
        assertThat(step.rejection()).hasValue("bar arrived after session 2024-03-08 was closed");
        assertThat(step.state()).isEqualTo(closed);
    }

    @Test
    void refusesBarOfAnEarlierSession() {
        var state = labels.onBar(TickerLabelState.initial(), DAY2, bar(0, 10), true).state();
        assertThat(labels.onBar(state, DAY1, bar(5, 10), true).rejection())
                .hasValue("bar of session 2024-03-08 arrived after session 2024-03-11 began");
    }

    @Test
    void refusesDuplicateBarSeq() {
        var state = labels.onBar(TickerLabelState.initial(), DAY1, bar(0, 10), true).state();
        var step = labels.onBar(state, DAY1, bar(0, 11), true);
        assertThat(step.rejection()).hasValue("bar seq 0 is not after seq 0 (duplicate or out of order)");
        assertThat(step.state()).isEqualTo(state);
    }

    @Test
    void refusesNonPositiveClose() {
        assertThat(labels.onBar(TickerLabelState.initial(), DAY1, bar(0, 0.0), true).rejection())
                .hasValue("bar close 0.0 is not a positive price");
        assertThat(labels.onBar(TickerLabelState.initial(), DAY1, bar(0, Double.NaN), true).rejection()).isPresent();
    }

    @Test
    void closingTwiceChangesNothing() {
        var day1 = feed(TickerLabelState.initial(), DAY1, LabelFixtures.pathOfReturns(0, 0.01));
        var once = labels.closeSession(day1.state());
        var twice = labels.closeSession(once.state());
        assertThat(once.closed()).hasSize(1);
        assertThat(twice.closed()).isEmpty();
        assertThat(twice.state()).isEqualTo(once.state());
    }

    @Test
    void eachSessionStartsItsVolatilityAfresh() {
        var day1 = feed(TickerLabelState.initial(), DAY1, LabelFixtures.pathOfReturns(0, 0.01, 0.03, 0.05));
        var step = labels.onBar(day1.state(), DAY2, bar(0, 50), true);
        assertThat(step.state().labeler().volatility().count()).isZero();
        assertThat(step.state().labeler().pending()).isEmpty();
    }

    @Test
    void everyEventOfARandomSessionGetsOneConsistentLabel() {
        java.util.Random random = new java.util.Random(3);
        int labelled = 0;
        for (int trial = 0; trial < 100; trial++) {
            double[] r = new double[2 + random.nextInt(80)];
            for (int t = 1; t < r.length; t++) {
                r[t] = random.nextGaussian() * 0.01;
            }
            var path = LabelFixtures.pathOfReturns(r);
            var open = feed(TickerLabelState.initial(), DAY1, path).state();
            var closed = labels.closeSession(open).closed();
            assertThat(closed).hasSize(1);
            var session = closed.get(0);
            labelled += session.labels().size();
            assertThat(session.path()).isEqualTo(path);
            assertThat(session.labels()).extracting(TripleBarrierLabel::eventSeq).isSorted().doesNotHaveDuplicates();
            assertThat(session.labels()).allSatisfy(l -> {
                assertThat(l.exitSeq()).isBetween(l.eventSeq(), path.size() - 1);
                assertThat(l.exitSeq() - l.eventSeq()).isLessThanOrEqualTo(20);
                assertThat(l.ret()).isEqualTo(Math.log(path.get(l.exitSeq()).close() / path.get(l.eventSeq()).close()));
                switch (l.touch()) {
                    case PT -> assertThat(l.ret()).isGreaterThan(l.target());
                    case SL -> assertThat(l.ret()).isLessThan(-l.target());
                    case VERTICAL -> assertThat(l.exitSeq() == l.eventSeq() + 20 || l.exitSeq() == path.size() - 1).isTrue();
                }
            });
        }
        assertThat(labelled).isGreaterThan(300);
    }
}
