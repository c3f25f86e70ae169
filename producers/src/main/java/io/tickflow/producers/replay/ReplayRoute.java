package io.tickflow.producers.replay;

import io.tickflow.producers.readers.DayBar;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.schemas.topics.Topics;
import java.util.Optional;

/**
 * Where a record read from a file goes: its topic, key and event time. Trades and minute bars by their market time, daily bars ({@link DayBar}) into {@code bars.1d} by their session's
 * midnight;
 * short volume, fails-to-deliver and short interest by the time they became public ({@code published_ts}), so that a
 * replay shows them when a live system would have seen them.
 *
 * @param topic      topic name
 * @param key        ticker (or symbol)
 * @param eventNanos event time, ns since the epoch; the record timestamp is this in ms
 * @param value      the record
 */
public record ReplayRoute(String topic, String key, long eventNanos, Object value) {

    /** The route of {@code record}, or empty for a kind no topic takes (e.g. a threshold-list entry). */
    public static Optional<ReplayRoute> of(Object record) {
        if (record instanceof Trade t) {
            return Optional.of(new ReplayRoute(Topics.TRADES.name(), t.getTicker(), t.getSipTs(), t));
        }
        if (record instanceof Bar b) {
            return Optional.of(new ReplayRoute(Topics.BARS_1M.name(), b.getTicker(), b.getWindowStart(), b));
        }
        if (record instanceof DayBar d) {
            return Optional.of(new ReplayRoute(Topics.BARS_1D.name(), d.bar().getTicker(), d.bar().getWindowStart(), d.bar()));
        }
        if (record instanceof ShortVolume s) {
            return Optional.of(new ReplayRoute(Topics.SHORT_VOLUME.name(), s.getSymbol(), s.getPublishedTs(), s));
        }
        if (record instanceof FailToDeliver f) {
            return Optional.of(new ReplayRoute(Topics.FTD.name(), f.getSymbol(), f.getPublishedTs(), f));
        }
        if (record instanceof ShortInterest s) {
            return Optional.of(new ReplayRoute(Topics.SHORT_INTEREST.name(), s.getSymbol(), s.getPublishedTs(), s));
        }
        return Optional.empty();
    }
}
