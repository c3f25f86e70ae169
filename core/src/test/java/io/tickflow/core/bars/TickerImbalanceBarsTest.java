package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickerImbalanceBarsTest {
    private static final LocalDate MON = LocalDate.of(2024, 6, 3);
    private static final LocalDate TUE = LocalDate.of(2024, 6, 4);
    private static final ImbalanceBarSettings SETTINGS = ImbalanceBarSettings.defaults()
            .withExpNumTicksInit(40).withExpTicksRange(5, 1000).withTickLimits(5, 1000);
    private final TickerImbalanceBars bars = new TickerImbalanceBars(SETTINGS, SessionScope.REGULAR);
    private final RingImbalanceHistory history = new RingImbalanceHistory(SETTINGS.imbalanceWindow());

    @Test
    void aNewSessionEmitsThePreviousSessionsUnfinishedBarFirstAndStartsFresh() {
        TickerBarsState state = feed(TickerBarsState.initial(SETTINGS), MON, 30, new ArrayList<>());
        List<TickerImbalanceBars.SessionBar> out = new ArrayList<>();

        state = feed(state, TUE, 1, out);

        // 30 trades < E0[T] = 40: Monday never closed a bar, so its 30 trades leave as one incomplete bar.
        assertThat(out).hasSize(1);
        assertThat(out.get(0).session()).isEqualTo(MON);
        assertThat(out.get(0).bar().ticks()).isEqualTo(30);
        assertThat(out.get(0).bar().complete()).isFalse();
        assertThat(state.session()).isEqualTo(TUE);
        assertThat(state.bars().tradeCount()).isEqualTo(1);
        assertThat(history.count()).isEqualTo(1);
    }

    @Test
    void hardenedModeTakesTheFirstExpectedLengthOfASessionFromTrailingSessions() {
        TickerBarsState state = feed(TickerBarsState.initial(SETTINGS), MON, 500, new ArrayList<>());
        state = bars.closeSession(state, history).state();

        state = feed(state, TUE, 1, new ArrayList<>());

        // one trailing session of 500 trades / 50 target bars = E0[T] 10
        assertThat(state.trailingSessionTrades()).containsExactly(500L);
        assertThat(state.bars().expTicks()).isEqualTo(10.0);
    }

    @Test
    void refusesATradeOfAClosedOrEarlierSessionAndKeepsTheState() {
        TickerBarsState state = feed(TickerBarsState.initial(SETTINGS), TUE, 10, new ArrayList<>());
        var early = bars.onTrade(state, at(MON, 10), 5.0, 100, history);
        assertThat(early.rejection()).contains("trade of session 2024-06-03 arrived after session 2024-06-04 began");
        assertThat(early.state()).isEqualTo(state);

        TickerBarsState closed = bars.closeSession(state, history).state();
        var late = bars.onTrade(closed, at(TUE, 15), 5.0, 100, history);
        assertThat(late.rejection()).contains("trade arrived after session 2024-06-04 was closed");
    }

    @Test
    void closingTwiceEmitsTheUnfinishedBarOnce() {
        TickerBarsState state = feed(TickerBarsState.initial(SETTINGS), MON, 12, new ArrayList<>());
        var first = bars.closeSession(state, history);
        var second = bars.closeSession(first.state(), history);
        assertThat(first.bars()).hasSize(1);
        assertThat(second.bars()).isEmpty();
    }

    @Test
    void underScopeNoneTheWholeStreamIsOneSession() {
        TickerImbalanceBars continuous = new TickerImbalanceBars(SETTINGS, SessionScope.NONE);
        var step = continuous.onTrade(TickerBarsState.initial(SETTINGS), at(MON, 3), 5.0, 100, history);
        assertThat(step.state().session()).isEqualTo(TickerImbalanceBars.CONTINUOUS_SESSION);
        assertThat(continuous.sessionEndNanos(TickerImbalanceBars.CONTINUOUS_SESSION)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void appliesTradesWithinTheToleranceInTimeOrderAndRefusesLaterOnes() {
        TickerImbalanceBars tolerant = new TickerImbalanceBars(SETTINGS, SessionScope.REGULAR, 1_000_000_000L); // 1 s
        long t = SessionClock.regularStartNanos(MON);
        TickerBarsState state = TickerBarsState.initial(SETTINGS);
        state = tolerant.onTrade(state, t + 2_000_000_000L, 5.02, 100, history).state();
        state = tolerant.onTrade(state, t + 1_500_000_000L, 5.01, 100, history).state(); // 0.5 s late: held, reordered
        assertThat(state.pending()).extracting(PendingTrade::tsNanos).containsExactly(t + 1_500_000_000L, t + 2_000_000_000L);
        assertThat(history.count()).isZero(); // nothing applied yet: both are within 1 s of the latest

        var tooLate = tolerant.onTrade(state, t, 5.00, 100, history); // 2 s behind the latest
        assertThat(tooLate.rejection()).get().asString().contains("out-of-order tolerance is 1000000000 ns");

        state = tolerant.onTrade(state, t + 3_000_000_000L, 5.03, 100, history).state(); // releases up to t + 2 s
        assertThat(history.count()).isEqualTo(2);
        // applied in time order: 5.01 then 5.02, so the second has an uptick (sign +1) on the tick rule
        assertThat(state.bars().tickRule().lastPrice()).isEqualTo(5.02);
        assertThat(state.bars().tickRule().lastSign()).isEqualTo(1);

        var closed = tolerant.closeSession(state, history); // the session end applies what is still held
        assertThat(closed.state().bars().tradeCount()).isEqualTo(3);
        assertThat(closed.bars()).singleElement().satisfies(b -> assertThat(b.bar().ticks()).isEqualTo(3));
    }

    private TickerBarsState feed(TickerBarsState state, LocalDate day, int n, List<TickerImbalanceBars.SessionBar> out) {
        for (int i = 0; i < n; i++) {
            var step = bars.onTrade(state, SessionClock.regularStartNanos(day) + i * 1_000_000_000L,
                    5.0 + (i % 3) * 0.01, 100, history);
            state = step.state();
            out.addAll(step.bars());
        }
        return state;
    }

    private static long at(LocalDate day, int hour) {
        return SessionClock.epochNanos(day, LocalTime.of(hour, 0));
    }
}
