package io.tickflow.streams.daily;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compacted reference topic held as is in a global store (key {@code ticker|date}, the documented key of
 * {@code reference.*}), read one ticker at a time: so every task sees every ticker's values and a restart restores
 * them from the topic without a changelog.
 *
 * <p>A ticker's values are one prefix scan of {@code ticker|}. A stored value the {@link ReferenceRefusal} refuses is
 * left out and logged once per key: a restore copies the topic into the store without passing through
 * {@link TickerDateStoreUpdater}, so such a value can be in the store.
 */
final class TickerDateStore<V> {
    private static final Logger LOG = LoggerFactory.getLogger(TickerDateStore.class);
    static final String KEY_SEPARATOR = "|";

    private final ReadOnlyKeyValueStore<String, V> store;
    private final ReferenceRefusal<V> refusal;
    private final String topic;
    private final StringSerializer keys = new StringSerializer();
    private final Set<String> reported = new HashSet<>();

    TickerDateStore(ReadOnlyKeyValueStore<String, V> store, ReferenceRefusal<V> refusal, String topic) {
        this.store = store;
        this.refusal = refusal;
        this.topic = topic;
    }

    /** Why a reference value cannot be one of {@code ticker}'s, or {@code null} when it can. */
    @FunctionalInterface
    interface ReferenceRefusal<V> {
        String of(V value, String ticker);
    }

    /** The ticker's accepted values now, in key order; empty when it has none. */
    List<V> valuesOf(String ticker) {
        List<V> values = List.of();
        try (KeyValueIterator<String, V> it = store.prefixScan(ticker + KEY_SEPARATOR, keys)) {
            while (it.hasNext()) {
                var kv = it.next();
                String reason = kv.value == null ? "no value" : refusal.of(kv.value, ticker);
                if (reason == null) {
                    values = values.isEmpty() ? new ArrayList<>() : values;
                    values.add(kv.value);
                } else if (reported.add(kv.key)) {
                    LOG.warn("{} {} not applied: {}", topic, kv.key, reason);
                }
            }
        }
        return values;
    }

    /** The ticker part of a {@code ticker|date} key, or {@code null} when the key has no separator. */
    static String tickerOf(String key) {
        int at = key.indexOf(KEY_SEPARATOR);
        return at < 0 ? null : key.substring(0, at);
    }
}
