package io.tickflow.producers.live;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;

/**
 * One event of a WebSocket frame, parsed. Data events keep their raw JSON so that a full buffer or a failed produce
 * can dead-letter exactly what arrived.
 */
public sealed interface FeedEvent {

    /** A {@code "ev":"T"} trade. */
    record TradeEvent(Trade trade, String raw) implements FeedEvent {
    }

    /** A {@code "ev":"AM"} minute aggregate. */
    record BarEvent(Bar bar, String raw) implements FeedEvent {
    }

    /**
     * A {@code "ev":"status"} message: {@code connected}, {@code auth_success}, {@code auth_failed}, {@code success}
     * (subscribed), {@code max_connections}, ….
     */
    record Status(String status, String message) implements FeedEvent {
    }

    /**
     * An event (or a whole frame) that could not be used, with the reason.
     *
     * @param inputTsNanos the event's time when it could be read, else null
     */
    record Malformed(String raw, String reason, Long inputTsNanos) implements FeedEvent {
    }
}
