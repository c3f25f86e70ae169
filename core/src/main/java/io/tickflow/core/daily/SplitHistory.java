package io.tickflow.core.daily;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The splits of one ticker, used to put the previous session's close on today's share basis before
 * {@code pct_chg_d} and {@code return_d} are taken: without it a 1-for-10 reverse split reads as a +900% day,
 * a classic false info-rich signal among small caps.
 *
 * @param splits the ticker's splits; copied and sorted by execution date
 */
public record SplitHistory(List<Split> splits) {
    public static final SplitHistory NONE = new SplitHistory(List.of());

    public SplitHistory {
        splits = splits.stream().sorted(Comparator.comparing(Split::executionDate)).toList();
    }

    /**
     * Product of the price factors of the splits executed after {@code previousSession} and on or before
     * {@code session}; 1 when there are none.
     */
    public double factorBetween(LocalDate previousSession, LocalDate session) {
        double factor = 1.0;
        for (Split split : splits) {
            if (split.executionDate().isAfter(previousSession) && !split.executionDate().isAfter(session)) {
                factor *= split.priceFactor();
            }
        }
        return factor;
    }
}
