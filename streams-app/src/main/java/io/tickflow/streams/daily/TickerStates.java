package io.tickflow.streams.daily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The daily processor's per-ticker state: the store (the truth, restored from its changelog) with the values this
 * task read or wrote held as objects, so that a minute bar costs no store read and no parsing, and the set of
 * tickers with unsent rows. Made in the processor's {@code init}, which Kafka Streams calls again (with restored
 * stores) when a task is revived: the held values never outlive the store they mirror.
 */
final class TickerStates {
    private final KeyValueStore<String, DailyTickerState> store;
    private final Map<String, DailyTickerState> held = new HashMap<>();
    private final Set<String> unsent = new LinkedHashSet<>();

    /** Reads the tickers whose rows were not all sent (before a restart, or a commit before the emit). */
    TickerStates(KeyValueStore<String, DailyTickerState> store) {
        this.store = store;
        try (KeyValueIterator<String, DailyTickerState> it = store.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.unsentFrom() != null) {
                    unsent.add(kv.key);
                }
            });
        }
    }

    /** The ticker's state; {@link DailyTickerState#EMPTY} for a ticker never seen. */
    DailyTickerState get(String ticker) {
        DailyTickerState state = held.get(ticker);
        if (state == null) {
            DailyTickerState stored = store.get(ticker);
            state = stored != null ? stored : DailyTickerState.EMPTY;
            held.put(ticker, state);
        }
        return state;
    }

    void put(String ticker, DailyTickerState state) {
        held.put(ticker, state);
        store.put(ticker, state);
        if (state.unsentFrom() != null) {
            unsent.add(ticker);
        } else {
            unsent.remove(ticker);
        }
    }

    /** Tickers with unsent rows, in the order they first changed. */
    List<String> withUnsentRows() {
        return new ArrayList<>(unsent);
    }
}
