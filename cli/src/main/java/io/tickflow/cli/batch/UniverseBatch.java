package io.tickflow.cli.batch;

import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.MarketCapHistory;
import io.tickflow.core.universe.RollingInfoRichCount;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.streams.daily.InfoRichStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tickflow batch universe} without Kafka: the daily cache rows of each ticker, in date order, through the
 * same {@link InfoRichStep} as the topology's info-rich processor.
 */
public final class UniverseBatch {
    private UniverseBatch() {
    }

    /** One flag per row, ordered by ticker then date; no market cap is known. */
    public static List<InfoRichFlag> flagsOf(List<DailyMetrics> rows, InfoRichRules rules) {
        return flagsOf(rows, rules, Map.of(), MarketCapHistory.DEFAULT_MAX_AGE_DAYS);
    }

    /**
     * One flag per row, ordered by ticker then date, each tested against its ticker's market cap on the row's date
     * ({@link MarketCapHistory#capOn}).
     */
    public static List<InfoRichFlag> flagsOf(List<DailyMetrics> rows, InfoRichRules rules,
                                             Map<String, MarketCapHistory> caps, int capMaxAgeDays) {
        List<DailyMetrics> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(DailyMetrics::getTicker).thenComparing(DailyMetrics::getDate));
        Map<String, RollingInfoRichCount> windows = new HashMap<>();
        List<InfoRichFlag> flags = new ArrayList<>(ordered.size());
        for (DailyMetrics row : ordered) {
            Double cap = caps.getOrDefault(row.getTicker(), MarketCapHistory.NONE).capOn(row.getDate(), capMaxAgeDays);
            InfoRichStep step = InfoRichStep.apply(rules,
                    windows.getOrDefault(row.getTicker(), RollingInfoRichCount.EMPTY), row, cap);
            windows.put(row.getTicker(), step.window());
            flags.add(step.flag());
        }
        return flags;
    }
}
