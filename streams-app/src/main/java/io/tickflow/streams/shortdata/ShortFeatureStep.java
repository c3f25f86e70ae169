package io.tickflow.streams.shortdata;

import io.tickflow.core.shortdata.AverageDailyVolume;
import io.tickflow.core.shortdata.PublicShortData;
import io.tickflow.core.shortdata.ShortFeatures;
import io.tickflow.schemas.daily.DailyMetrics;
import java.util.Map;

/**
 * One daily row through the short-data join: what both the topology and {@code tickflow batch short} do per row,
 * rows of a ticker in date order (an update of a known date replaces its volume in the ADV window).
 *
 * <p>The row's time is its {@code updated_ts}, the start of the session's latest minute: the row sees only short
 * data published before then. So a session's row never sees that day's FINRA file (18:00 ET, after the close),
 * nor a short interest report between its settlement date and its dissemination.
 *
 * @param window the ticker's volume window after the row
 * @param row    the row with {@code short_features} set (null when nothing was public)
 */
public record ShortFeatureStep(AverageDailyVolume window, DailyMetrics row) {

    /** What was public of a ticker's short data before an instant (ns since the epoch). */
    @FunctionalInterface
    public interface PublicData {
        PublicShortData at(String ticker, long asOfNanos);
    }

    public static ShortFeatureStep apply(AverageDailyVolume window, DailyMetrics row, PublicData publicData) {
        AverageDailyVolume next = window.with(row.getDate(), row.getVolD());
        PublicShortData seen = publicData.at(row.getTicker(), row.getUpdatedTs());
        Map<String, Double> features = ShortFeatures.of(row.getDate(), seen, next.before(row.getDate()));
        DailyMetrics joined = DailyMetrics.newBuilder(row).setShortFeatures(features.isEmpty() ? null : features)
                .build();
        return new ShortFeatureStep(next, joined);
    }
}
