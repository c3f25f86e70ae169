package io.tickflow.core.tickrule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickRuleTest {

    private static List<Integer> signs(double... prices) {
        TickRule rule = TickRule.initial();
        List<Integer> signs = new ArrayList<>();
        for (double price : prices) {
            rule = rule.next(price);
            signs.add(rule.lastSign());
        }
        return signs;
    }

    @Test
    void firstTradeEverHasSignZero() {
        assertThat(signs(10.0)).containsExactly(0);
    }

    @Test
    void unchangedPricesBeforeAnyMoveKeepSignZero() {
        assertThat(signs(10.0, 10.0, 10.0)).containsExactly(0, 0, 0);
    }

    @Test
    void upTickIsPlusOneAndDownTickIsMinusOne() {
        assertThat(signs(10.0, 10.01, 10.0)).containsExactly(0, 1, -1);
    }

    @Test
    void unchangedPriceRepeatsThePreviousSign() {
        // 10 -> 11 up (+1), 11 = 11 keeps +1, 10.5 down (-1), 10.5 keeps -1
        assertThat(signs(10, 11, 11, 10.5, 10.5)).containsExactly(0, 1, 1, -1, -1);
    }

    @Test
    void stateIsAValueThatResumesWhereItStopped() {
        TickRule persisted = TickRule.initial().next(10).next(11);
        TickRule reloaded = new TickRule(persisted.lastPrice(), persisted.lastSign());

        assertThat(reloaded).isEqualTo(persisted);
        assertThat(reloaded.next(11).lastSign()).isEqualTo(1);
    }

    @Test
    void initialStateHasNoPrice() {
        assertThat(TickRule.initial().isInitial()).isTrue();
        assertThat(TickRule.initial().next(5).isInitial()).isFalse();
    }

    @Test
    void nonFinitePriceIsRejected() {
        assertThatThrownBy(() -> TickRule.initial().next(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inconsistentStateIsRejected() {
        assertThatThrownBy(() -> new TickRule(10, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TickRule(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
