package io.tickflow.core.universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the tickers of each date by their info-rich sessions in the trailing 252 (the seed's
 * {@code topN_12m_rolling}): rank 1 is the most recurrent runner. Ties share the lower rank ("competition"
 * ranking, 1, 2, 2, 4), so a rank never depends on input order; within a tie rows are ordered by ticker.
 * Only ticker-dates with at least one info-rich session in the window are ranked: the others are no runners.
 */
public final class TopNRanking {
    private TopNRanking() {
    }

    /** A ticker's count on a date. */
    public record TickerCount(String ticker, LocalDate date, int daysInfoRich252) {
        public TickerCount {
            Objects.requireNonNull(ticker, "ticker");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A ranked row. */
    public record RankedCount(String ticker, LocalDate date, int daysInfoRich252, int rank) {
    }

    /** Ranked rows of counts &gt; 0, ordered by date, rank, ticker. */
    public static List<RankedCount> rank(List<TickerCount> counts) {
        List<TickerCount> sorted = counts.stream().filter(c -> c.daysInfoRich252() > 0)
                .sorted(Comparator.comparing(TickerCount::date)
                        .thenComparing(TickerCount::daysInfoRich252, Comparator.reverseOrder())
                        .thenComparing(TickerCount::ticker))
                .toList();
        List<RankedCount> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TickerCount c = sorted.get(i);
            boolean newDate = i == 0 || !sorted.get(i - 1).date().equals(c.date());
            int rank;
            if (newDate) {
                rank = 1;
            } else if (sorted.get(i - 1).daysInfoRich252() == c.daysInfoRich252()) {
                rank = out.get(i - 1).rank();
            } else {
                rank = positionInDate(out, i, c.date()) + 1;
            }
            out.add(new RankedCount(c.ticker(), c.date(), c.daysInfoRich252(), rank));
        }
        return out;
    }

    private static int positionInDate(List<RankedCount> ranked, int index, LocalDate date) {
        int first = index;
        while (first > 0 && ranked.get(first - 1).date().equals(date)) {
            first--;
        }
        return index - first;
    }
}
