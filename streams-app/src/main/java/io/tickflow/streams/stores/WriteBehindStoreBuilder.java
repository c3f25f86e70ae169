package io.tickflow.streams.stores;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Builds a {@link WriteBehindKeyValueStore} over the store another builder makes (typically
 * {@code Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), ...)}, logged). The store below is always
 * built without Kafka Streams' record cache: the write-behind store is the cache, so
 * {@link #withCachingEnabled()} and {@link #withCachingDisabled()} change nothing.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class WriteBehindStoreBuilder<K, V> implements StoreBuilder<KeyValueStore<K, V>> {
    private final StoreBuilder<KeyValueStore<K, V>> below;
    private final Duration spillInterval;

    /**
     * @param below         builds the store values are written down to
     * @param spillInterval see {@link WriteBehindKeyValueStore#WriteBehindKeyValueStore(KeyValueStore, Duration)}
     */
    public WriteBehindStoreBuilder(StoreBuilder<KeyValueStore<K, V>> below, Duration spillInterval) {
        this.below = Objects.requireNonNull(below, "below");
        this.spillInterval = Objects.requireNonNull(spillInterval, "spillInterval");
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withCachingEnabled() {
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withCachingDisabled() {
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withLoggingEnabled(Map<String, String> config) {
        below.withLoggingEnabled(config);
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withLoggingDisabled() {
        below.withLoggingDisabled();
        return this;
    }

    @Override
    public KeyValueStore<K, V> build() {
        return new WriteBehindKeyValueStore<>(below.withCachingDisabled().build(), spillInterval);
    }

    @Override
    public Map<String, String> logConfig() {
        return below.logConfig();
    }

    @Override
    public boolean loggingEnabled() {
        return below.loggingEnabled();
    }

    @Override
    public String name() {
        return below.name();
    }
}
