package io.tickflow.streams.daily;

import io.tickflow.core.universe.MarketCapHistory;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.topics.Topics;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The market caps of {@code reference.market-cap} as the info-rich processor reads them, from the global store
 * (key {@code ticker|date}). A cap that is negative or not finite is left out, as core refuses it.
 */
final class MarketCapStore {
    private final TickerDateStore<MarketCap> store;

    MarketCapStore(ReadOnlyKeyValueStore<String, MarketCap> store) {
        this.store = new TickerDateStore<>(store, MarketCapStore::refusal, Topics.MARKET_CAP.name());
    }

    /** The ticker's caps now; {@link MarketCapHistory#NONE} when it has none. */
    MarketCapHistory historyOf(String ticker) {
        List<MarketCap> values = store.valuesOf(ticker);
        if (values.isEmpty()) {
            return MarketCapHistory.NONE;
        }
        Map<LocalDate, Double> caps = new HashMap<>();
        values.forEach(v -> caps.put(v.getDate(), v.getMarketCap()));
        return new MarketCapHistory(caps);
    }

    /** Why a stored cap cannot be {@code ticker}'s, or {@code null} when it can. */
    static String refusal(MarketCap value, String ticker) {
        if (!ticker.equals(value.getTicker())) {
            return "key names " + ticker + " but the value names " + value.getTicker();
        }
        if (!(value.getMarketCap() >= 0) || Double.isInfinite(value.getMarketCap())) {
            return "market_cap must be finite and >= 0: " + value.getMarketCap();
        }
        return null;
    }
}
