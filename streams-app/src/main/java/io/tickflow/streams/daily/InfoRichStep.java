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

    /** Market caps are not joined yet: every cap is unknown, which the rules mark and do not fail. */
    public static InfoRichStep apply(InfoRichRules rules, RollingInfoRichCount window, DailyMetrics metrics) {
        InfoRichVerdict verdict = rules.evaluate(DailyRecords.rowOf(metrics), null);
        RollingInfoRichCount next = window.with(metrics.getDate(), verdict.infoRich());
        return new InfoRichStep(next, DailyRecords.flagOf(metrics, verdict, null, next.countAt(metrics.getDate())));
    }
}
