package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked sequences in mlfinlab mode. */
class ImbalanceBarBuilderTest {

    /** Volume imbalance, E0[T] = 3, W = 3 (so q = 1 - 2/4 = 0.5 once n >= 3: exact binary fractions). */
    private static final ImbalanceBarSettings VOLUME_E3_W3 = new ImbalanceBarSettings(ImbalanceBarMode.MLFINLAB,
            ImbalanceMetric.VOLUME, 3, 3, 3, 0, Double.POSITIVE_INFINITY, false, 1, Long.MAX_VALUE, 50);

    /**
     * b = 0, +1, +1, +1, +1 and imb = b·v = 0, 1.5, 1, 0.5, 0.25. At n = 3 warm-up ends:
     * E[imb] = ((0·0.5 + 1.5)·0.5 + 1) / (1 + 0.5 + 0.25) = 1.75 / 1.75 = 1, threshold = 3·1 = 3.
     * θ after each trade: 0, 1.5, 2.5, 3.0 (not > 3), 3.25 (> 3: closes).
     */
    private static final List<BarTape.Trade> STRICT_TAPE = BarTape.of(10, 1, 11, 1.5, 11, 1, 11, 0.5, 11, 0.25);

    private static List<Optional<ImbalanceBarRecord>> feed(ImbalanceBarBuilder builder, List<BarTape.Trade> tape) {
        return tape.stream().map(t -> builder.onTrade(t.tsNanos(), t.price(), t.size())).toList();
    }

    @Test
    void thetaEqualToTheThresholdDoesNotCloseBecauseTheComparisonIsStrict() {
        List<Optional<ImbalanceBarRecord>> results = feed(BarTape.newBuilder(VOLUME_E3_W3), STRICT_TAPE);

        assertThat(results.subList(0, 4)).allMatch(Optional::isEmpty); // trade 4: θ = 3.0, threshold 3.0
        assertThat(results.get(4)).isPresent();
    }

    @Test
    void closesBarOnTradeThatExceedsThresholdAndThatTradeBelongsToTheBar() {
        ImbalanceBarRecord bar = feed(BarTape.newBuilder(VOLUME_E3_W3), STRICT_TAPE).get(4).orElseThrow();

        // 5 trades; volume 1 + 1.5 + 1 + 0.5 + 0.25 = 4.25; buy volume excludes the b = 0 first trade: 3.25;
        // dollars 10·1 + 11·1.5 + 11·1 + 11·0.5 + 11·0.25 = 10 + 16.5 + 11 + 5.5 + 2.75 = 45.75
        assertThat(bar).isEqualTo(new ImbalanceBarRecord(0, 1_000_000_000L, 5_000_000_000L, 10, 11, 10, 11,
                4.25, 3.25, 5, 45.75, 3.25, 3.0, 3.0, 1.0, true));
    }

    @Test
    void closeUpdatesExpTicksAndExpImbalanceAndResetsThetaButNotTheTickRule() {
        ImbalanceBarBuilder builder = BarTape.newBuilder(VOLUME_E3_W3);
        feed(builder, STRICT_TAPE);

        ImbalanceBarState state = builder.state();
        // E[T] = EWMA of [5] = 5; n = 5 >= 5, E[imb] over the last W = 3: ((1·0.5 + 0.5)·0.5 + 0.25) / 1.75 = 0.75/1.75
        assertThat(state.expTicks()).isEqualTo(5.0);
        assertThat(state.expImbalance()).isEqualTo(0.75 / 1.75);
        assertThat(state.theta()).isZero();
        assertThat(state.bar().isEmpty()).isTrue();
        assertThat(state.tickRule().lastSign()).isEqualTo(1);
        assertThat(state.recentBarTicks()).containsExactly(5L);
        assertThat(state.nextSeq()).isEqualTo(1);
        assertThat(state.tradeCount()).isEqualTo(5);
    }

    @Test
    void firstTradeAfterACloseAtAnUnchangedPriceKeepsThePreviousSign() {
        ImbalanceBarBuilder builder = BarTape.newBuilder(VOLUME_E3_W3);
        feed(builder, STRICT_TAPE);

        builder.onTrade(6_000_000_000L, 11, 2);

        assertThat(builder.state().theta()).isEqualTo(2.0); // b = +1 carried over: imb = +1·2
        assertThat(builder.state().bar().buyVolume()).isEqualTo(2.0);
    }

    @Test
    void noBarClosesDuringWarmUpWhateverTheImbalance() {
        // volume, E0[T] = 3, W = 1 (E[imb] = the last imbalance). Trade 2 makes θ = 100 but n = 2 < 3.
        // Trade 3: n = 3, E[imb] = 1, threshold = 3·1 = 3, θ = 101 > 3: closes with 3 trades.
        ImbalanceBarSettings settings = new ImbalanceBarSettings(ImbalanceBarMode.MLFINLAB, ImbalanceMetric.VOLUME,
                3, 3, 1, 0, Double.POSITIVE_INFINITY, false, 1, Long.MAX_VALUE, 50);
        List<Optional<ImbalanceBarRecord>> results =
                feed(BarTape.newBuilder(settings), BarTape.of(10, 1, 11, 100, 11, 1));

        assertThat(results.get(1)).isEmpty();
        assertThat(results.get(2)).hasValueSatisfying(bar -> {
            assertThat(bar.ticks()).isEqualTo(3);
            assertThat(bar.theta()).isEqualTo(101.0);
            assertThat(bar.threshold()).isEqualTo(3.0);
        });
    }

    @Test
    void expTicksIsTheEwmaOfTheLastBarLengths() {
        // volume, E0[T] = 1, W = 1. Trade 1: E[imb] = 0, θ = 0, not > 0. Trade 2: θ = 1 > 0, bar of 2.
        // E[T] = 2, E[imb] = 1, threshold 2: θ = 1, 2 (not > 2), 3 closes a bar of 3.
        // E[T] = EWMA(span 3) of [2, 3] = (2·0.5 + 3) / 1.5 = 8/3
        ImbalanceBarSettings settings = new ImbalanceBarSettings(ImbalanceBarMode.MLFINLAB, ImbalanceMetric.VOLUME,
                1, 3, 1, 0, Double.POSITIVE_INFINITY, false, 1, Long.MAX_VALUE, 50);
        ImbalanceBarBuilder builder = BarTape.newBuilder(settings);
        List<Optional<ImbalanceBarRecord>> results = feed(builder, BarTape.of(10, 1, 11, 1, 12, 1, 13, 1, 14, 1));

        assertThat(results.stream().flatMap(Optional::stream).map(ImbalanceBarRecord::ticks)).containsExactly(2L, 3L);
        assertThat(builder.state().expTicks()).isEqualTo(4.0 / 1.5);
    }

    @Test
    void constExpTicksNeverChangesExpTicks() {
        ImbalanceBarSettings settings = new ImbalanceBarSettings(ImbalanceBarMode.MLFINLAB, ImbalanceMetric.VOLUME,
                1, 3, 1, 0, Double.POSITIVE_INFINITY, true, 1, Long.MAX_VALUE, 50);
        ImbalanceBarBuilder builder = BarTape.newBuilder(settings);
        feed(builder, BarTape.of(10, 1, 11, 1, 12, 1, 13, 1, 14, 1));

        assertThat(builder.state().expTicks()).isEqualTo(1.0);
        assertThat(builder.state().nextSeq()).isGreaterThan(1);
    }

    @Test
    void closeSessionEmitsTheUnfinishedBarAsIncompleteOnce() {
        ImbalanceBarBuilder builder = BarTape.newBuilder(VOLUME_E3_W3);
        feed(builder, STRICT_TAPE.subList(0, 2));

        ImbalanceBarRecord partial = builder.closeSession().orElseThrow();

        // 2 trades, θ = 1.5, E[imb] still undefined: threshold NaN
        assertThat(partial.complete()).isFalse();
        assertThat(partial.ticks()).isEqualTo(2);
        assertThat(partial.volume()).isEqualTo(2.5);
        assertThat(partial.theta()).isEqualTo(1.5);
        assertThat(partial.threshold()).isNaN();
        assertThat(partial.seq()).isZero();
        assertThat(builder.closeSession()).isEmpty();
    }

    @Test
    void closeSessionWithoutTradesEmitsNothing() {
        assertThat(BarTape.newBuilder(VOLUME_E3_W3).closeSession()).isEmpty();
    }

    @Test
    void nonPositivePriceOrSizeIsRejectedWithoutChangingTheState() {
        ImbalanceBarBuilder builder = BarTape.newBuilder(VOLUME_E3_W3);
        ImbalanceBarState before = builder.state();

        assertThatThrownBy(() -> builder.onTrade(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.onTrade(1, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.onTrade(1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.state()).isEqualTo(before);
    }

    @Test
    void historyOutOfStepWithTheStateIsRefused() {
        RingImbalanceHistory history = new RingImbalanceHistory(3);
        history.append(1);

        assertThatThrownBy(() -> new ImbalanceBarBuilder(VOLUME_E3_W3, ImbalanceBarState.initial(VOLUME_E3_W3),
                history)).isInstanceOf(IllegalStateException.class);
    }
}
