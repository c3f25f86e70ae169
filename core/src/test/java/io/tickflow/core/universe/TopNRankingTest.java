package io.tickflow.core.universe;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.universe.TopNRanking.RankedCount;
import io.tickflow.core.universe.TopNRanking.TickerCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopNRankingTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 4);

    @Test
    void tiesShareTheLowerRankAndZeroCountsAreLeftOut() {
        List<RankedCount> ranked = TopNRanking.rank(List.of(
                new TickerCount("CCC", D, 3), new TickerCount("AAA", D, 5), new TickerCount("BBB", D, 3),
                new TickerCount("DDD", D, 1), new TickerCount("ZZZ", D, 0), new TickerCount("AAA", D.plusDays(1), 2)));
        assertThat(ranked).containsExactly(
                new RankedCount("AAA", D, 5, 1),
                new RankedCount("BBB", D, 3, 2),
                new RankedCount("CCC", D, 3, 2),
                new RankedCount("DDD", D, 1, 4),
                new RankedCount("AAA", D.plusDays(1), 2, 1));
    }
}
