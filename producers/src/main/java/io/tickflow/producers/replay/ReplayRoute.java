package io.tickflow.producers.replay;

import io.tickflow.producers.readers.DayBar;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.reference.Dividend;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.schemas.topics.Topics;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a record read from a file goes: its topic, key and event time. Trades and minute bars by their market time, daily bars ({@link DayBar}) into {@code bars.1d} by their session's
 * midnight;
 * short volume, fails-to-deliver and short interest by the time they became public ({@code published_ts}), so that a
 * replay shows them when a live system would have seen them. Splits, dividends and market caps go to their compacted
 * {@code reference.*} topics, key {@code ticker|date} as their schemas say.
 *
 * @param topic      topic name
 * @param key        ticker (or symbol)
 * @param eventNanos event time, ns since the epoch; the record timestamp is this in ms
 * @param value      the record
 */
public record ReplayRoute(String topic, String key, long eventNanos, Object value) {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

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
        return reference(record);
    }

    /** Reference records go to their compacted topics keyed {@code ticker|date}, timed at that date's midnight. */
    private static Optional<ReplayRoute> reference(Object record) {
        if (record instanceof Split s) {
            return Optional.of(dated(Topics.SPLITS.name(), s.getTicker(), s.getExecutionDate(), s));
        }
        if (record instanceof Dividend d) {
            return Optional.of(dated(Topics.DIVIDENDS.name(), d.getTicker(), d.getExDividendDate(), d));
        }
        if (record instanceof MarketCap m) {
            return Optional.of(dated(Topics.MARKET_CAP.name(), m.getTicker(), m.getDate(), m));
        }
        return Optional.empty();
    }

    private static ReplayRoute dated(String topic, String ticker, LocalDate date, Object value) {
        long nanos = date.atStartOfDay(NEW_YORK).toEpochSecond() * 1_000_000_000L;
        return new ReplayRoute(topic, ticker + "|" + date, nanos, value);
    }
}
