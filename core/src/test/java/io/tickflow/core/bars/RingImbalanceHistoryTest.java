package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RingImbalanceHistoryTest {

    @Test
    void keepsTheLastCapacityValuesByAbsoluteIndex() {
        RingImbalanceHistory history = new RingImbalanceHistory(3);
        for (int i = 0; i < 5; i++) {
            history.append(i * 10);
        }

        assertThat(history.count()).isEqualTo(5);
        assertThat(history.get(2)).isEqualTo(20.0);
        assertThat(history.get(4)).isEqualTo(40.0);
    }

    @Test
    void evictedIndexIsOutOfBounds() {
        RingImbalanceHistory history = new RingImbalanceHistory(3);
        for (int i = 0; i < 5; i++) {
            history.append(i);
        }
        assertThatThrownBy(() -> history.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void indexNotYetAppendedIsOutOfBounds() {
        RingImbalanceHistory history = new RingImbalanceHistory(3);
        history.append(1);
        assertThatThrownBy(() -> history.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> history.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
