package io.tickflow.cli.batch;

import io.tickflow.core.universe.InfoRichRules;
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

    /** One flag per row, ordered by ticker then date. */
    public static List<InfoRichFlag> flagsOf(List<DailyMetrics> rows, InfoRichRules rules) {
        List<DailyMetrics> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(DailyMetrics::getTicker).thenComparing(DailyMetrics::getDate));
        Map<String, RollingInfoRichCount> windows = new HashMap<>();
        List<InfoRichFlag> flags = new ArrayList<>(ordered.size());
        for (DailyMetrics row : ordered) {
            InfoRichStep step = InfoRichStep.apply(rules,
                    windows.getOrDefault(row.getTicker(), RollingInfoRichCount.EMPTY), row);
            windows.put(row.getTicker(), step.window());
            flags.add(step.flag());
        }
        return flags;
    }
}
