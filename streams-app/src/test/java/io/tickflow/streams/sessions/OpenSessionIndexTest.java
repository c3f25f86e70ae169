package io.tickflow.streams.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenSessionIndexTest {
    private final OpenSessionIndex index = new OpenSessionIndex();

    @Test
    void listsTickersWhoseSessionEndedEarliestFirstAndSortedWithinAnEnd() {
        index.open("ZZZ", 100);
        index.open("AAA", 100);
        index.open("MMM", 50);
        index.open("LATE", 200);

        assertThat(index.endedBy(99)).containsExactly("MMM");
        assertThat(index.endedBy(100)).containsExactly("MMM", "AAA", "ZZZ");
    }

    @Test
    void reopeningMovesATickerToItsNewEndAndClosingRemovesIt() {
        index.open("AAA", 100);
        index.open("AAA", 100); // idempotent
        index.open("AAA", 300); // next session
        assertThat(index.endedBy(299)).isEmpty();
        assertThat(index.endedBy(300)).containsExactly("AAA");

        index.close("AAA");
        index.close("NEVER_OPENED");
        assertThat(index.endedBy(Long.MAX_VALUE)).isEmpty();
    }
}
