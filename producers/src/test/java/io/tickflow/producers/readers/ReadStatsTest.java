package io.tickflow.producers.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadStatsTest {

    @Test
    void refusesCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> new ReadStats(5, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumsStatsOfTwoFiles() {
        // (3 + 4) accepted, (1 + 0) rejected, 8 read
        assertThat(ReadStats.of(3, 1).plus(ReadStats.of(4, 0))).isEqualTo(new ReadStats(8, 7, 1));
    }

    @Test
    void printsTheSummaryLine() {
        assertThat(ReadStats.of(3, 1)).hasToString("read=4 accepted=3 rejected=1");
    }
}
