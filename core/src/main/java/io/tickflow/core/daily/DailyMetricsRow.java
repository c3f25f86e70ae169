package io.tickflow.core.daily;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the daily cache (DESIGN.md "Daily metrics"; the seed's {@code processed/daily_cache}).
 *
 * @param date          session date
 * @param closeD        last close of the session, USD
 * @param volD          Σ volume, shares
 * @param dollarVolD    Σ vwap·volume, USD
 * @param vwapD         dollarVolD / volD; {@code null} when volD is 0
 * @param pctChgD       closeD / split-adjusted previous close − 1; {@code null} on the ticker's first session
 * @param returnD       ln(closeD / split-adjusted previous close); {@code null} on the first session
 * @param rvol30        volD / mean volume of the previous ≤ 30 sessions; {@code null} with fewer than 10 prior
 *                      sessions or a zero mean
 * @param priorSessions sessions in the RVOL window (0..30)
 * @param minutes       minutes (or distinct trade minutes) that made the row
 * @param lastMinuteNanos start of the session's latest minute, ns since epoch
 */
public record DailyMetricsRow(LocalDate date, double closeD, double volD, double dollarVolD, Double vwapD,
                              Double pctChgD, Double returnD, Double rvol30, int priorSessions, int minutes,
                              long lastMinuteNanos) {
    public DailyMetricsRow {
        Objects.requireNonNull(date, "date");
    }
}
