package io.tickflow.producers.live;

import io.tickflow.schemas.topics.Topics;
import java.util.Objects;

/**
 * Where the feed writes: normally {@code trades} and {@code bars.1m}, the topics the file readers feed.
 *
 * @param trades topic of trades (key ticker, timestamp = SIP time in ms)
 * @param bars   topic of minute aggregates (key ticker, timestamp = window start in ms)
 */
public record LiveTopics(String trades, String bars) {
    public LiveTopics {
        Objects.requireNonNull(trades, "trades");
        Objects.requireNonNull(bars, "bars");
    }

    /** {@link Topics#TRADES} and {@link Topics#BARS_1M}. */
    public static LiveTopics standard() {
        return new LiveTopics(Topics.TRADES.name(), Topics.BARS_1M.name());
    }
}
