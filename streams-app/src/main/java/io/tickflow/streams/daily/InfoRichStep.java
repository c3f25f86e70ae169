package io.tickflow.streams.daily;

import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.InfoRichVerdict;
import io.tickflow.core.universe.RollingInfoRichCount;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.universe.InfoRichFlag;

/**
 * One daily row through the info-rich rules and the ticker's rolling count: what both the topology and
 * {@code tickflow batch universe} do per row, rows of a ticker in date order (an update of a known date replaces
 * its flag).
 *
 * @param window the ticker's window after the row
 * @param flag   the flag record of the row
 */
public record InfoRichStep(RollingInfoRichCount window, InfoRichFlag flag) {

    /**
     * @param marketCap the ticker's market cap on the row's date, USD; {@code null} when unknown (the rules mark it
     *                  and do not fail it)
     */
    public static InfoRichStep apply(InfoRichRules rules, RollingInfoRichCount window, DailyMetrics metrics,
                                     Double marketCap) {
        InfoRichVerdict verdict = rules.evaluate(DailyRecords.rowOf(metrics), marketCap);
        RollingInfoRichCount next = window.with(metrics.getDate(), verdict.infoRich());
        return new InfoRichStep(next,
                DailyRecords.flagOf(metrics, verdict, marketCap, next.countAt(metrics.getDate())));
    }
}
