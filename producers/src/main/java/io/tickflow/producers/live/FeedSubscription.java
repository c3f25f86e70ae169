package io.tickflow.producers.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to subscribe to, and the protocol's two client messages. Polygon's channels: {@code T.<ticker>} trades and
 * {@code AM.<ticker>} minute aggregates, {@code *} for every ticker, several joined by commas in one
 * {@code {"action":"subscribe","params":"T.AAPL,AM.AAPL"}}.
 *
 * @param tickers          canonical tickers (as tickflow writes them, e.g. {@code ABR.PRD}), any case; empty for all.
 *                         They are subscribed in Polygon's notation ({@code ABRpD})
 * @param trades           subscribe to trades ({@code T})
 * @param minuteAggregates subscribe to minute aggregates ({@code AM})
 */
public record FeedSubscription(List<String> tickers, boolean trades, boolean minuteAggregates) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SymbolMapper SYMBOLS = new SymbolMapper();

    public FeedSubscription {
        tickers = tickers.stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .map(t -> SYMBOLS.fromCanonical(SymbolSource.POLYGON, SYMBOLS.toCanonical(SymbolSource.CANONICAL, t)))
                .toList();
        if (!trades && !minuteAggregates) {
            throw new IllegalArgumentException("subscribe to trades, minute aggregates or both");
        }
    }

    /** Trades and minute aggregates of every ticker. */
    public static FeedSubscription all() {
        return new FeedSubscription(List.of(), true, true);
    }

    /** The {@code params} of the subscribe message, e.g. {@code T.*,AM.*}. */
    public String params() {
        List<String> targets = tickers.isEmpty() ? List.of("*") : tickers;
        List<String> channels = new ArrayList<>();
        for (String prefix : trades && minuteAggregates ? List.of("T", "AM") : List.of(trades ? "T" : "AM")) {
            targets.forEach(t -> channels.add(prefix + "." + t));
        }
        return String.join(",", channels);
    }

    /** {@code {"action":"subscribe","params":…}}. */
    public String subscribeMessage() {
        return message("subscribe", params());
    }

    /** {@code {"action":"auth","params":KEY}}: the only place the key's text is written. */
    static String authMessage(ApiKey key) {
        return message("auth", key.reveal());
    }

    private static String message(String action, String params) {
        ObjectNode node = JSON.createObjectNode().put("action", action).put("params", params);
        return node.toString();
    }
}
