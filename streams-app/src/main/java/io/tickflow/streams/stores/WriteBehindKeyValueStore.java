package io.tickflow.streams.stores;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A key-value store that holds the values written since they were last passed down in a map, deserialized, and
 * writes each key's latest value to the store below (RocksDB and its changelog) once: whenever Kafka Streams flushes
 * the stores' caches before a commit, and also once {@code spillInterval} of wall-clock time has passed since the
 * last such write, at the next write, so that a commit finds at most that interval's keys left to write.
 *
 * <p>Why not Kafka Streams' record cache: a cached store serializes every put into the cache, and it writes every
 * key changed since the last commit during the commit, while the stream thread processes nothing. For the alert rules,
 * which change a ticker's state on every trade and thousands of keys between commits, that write is the pause that
 * delays the alerts behind it: at 100k trades/s, 5 s commits wrote ~9,000 keys and their changelog records and then
 * waited for the broker's acknowledgements, 60-90 ms during which no trade was read. Here a put is a map put, a value
 * is serialized only when it is written down, and the write is spread over the interval.
 *
 * <p>Correctness rests on when Kafka Streams calls {@link #flushCache()}: {@code ProcessorStateManager.flushCache}
 * calls it on every registered store that is a {@code CachedStateStore} (this class is one through
 * {@link WrappedStateStore}) while it prepares a commit, before it flushes the producer and commits the input
 * offsets, under both processing guarantees; a commit therefore never covers input whose state changes are still only
 * here. Those are internal Kafka Streams types (4.4): {@code WriteBehindKeyValueStoreIT} restarts an application on
 * a real broker and checks the state it resumes from. When a task is closed without a commit (a crash, an aborted
 * transaction), {@link #clearCache()} and {@link #close()} drop the held values, as the record cache drops its own:
 * the state is rebuilt from the changelog, and the input from the committed offsets is read again.
 *
 * <p>Reads see the held values first. Range, scan and whole-store reads write the held values down first and then
 * read the store below, which keeps them simple and exact; the alert stores scan a ticker's keys at most once per
 * ticker-session. Single-threaded, as every Kafka Streams store a task owns.
 *
 * @param <K> key type
 * @param <V> value type; a null value stands for a deletion, as in {@link KeyValueStore#put}
 */
public final class WriteBehindKeyValueStore<K, V> extends WrappedStateStore<KeyValueStore<K, V>, K, V>
        implements KeyValueStore<K, V> {

    /** Held writes by key; a null value is a deletion not yet written down. */
    private final Map<K, V> held = new HashMap<>();
    private final long spillIntervalNanos;
    private final LongSupplier nanoClock;
    private long lastWriteDownNanos;

    /**
     * @param below         the store the values are written to, built without a record cache
     * @param spillInterval how long held values may wait for a commit before the next put writes them down; zero
     *                      writes every put through at once
     */
    public WriteBehindKeyValueStore(KeyValueStore<K, V> below, Duration spillInterval) {
        this(below, spillInterval, System::nanoTime);
    }

    WriteBehindKeyValueStore(KeyValueStore<K, V> below, Duration spillInterval, LongSupplier nanoClock) {
        super(below);
        if (spillInterval.isNegative()) {
            throw new IllegalArgumentException("spillInterval must be >= 0: " + spillInterval);
        }
        this.spillIntervalNanos = spillInterval.toNanos();
        this.nanoClock = nanoClock;
        this.lastWriteDownNanos = nanoClock.getAsLong();
    }

    @Override
    public V get(K key) {
        return held.containsKey(key) ? held.get(key) : wrapped().get(key);
    }

    @Override
    public void put(K key, V value) {
        held.put(key, value);
        if (nanoClock.getAsLong() - lastWriteDownNanos >= spillIntervalNanos) {
            writeDown();
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        V old = get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @Override
    public void putAll(List<KeyValue<K, V>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public V delete(K key) {
        V old = get(key);
        put(key, null);
        return old;
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        writeDown();
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        writeDown();
        return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        writeDown();
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        writeDown();
        return wrapped().reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS prefixKeySerializer) {
        writeDown();
        return wrapped().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries() + held.size();
    }

    /** Writes the held values down; Kafka Streams calls this before every commit. */
    @Override
    public void flushCache() {
        writeDown();
        super.flushCache();
    }

    /** Also writes down, in case a Kafka Streams version commits the stores without flushing caches first. */
    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        writeDown();
        super.commit(changelogOffsets);
    }

    /** Drops the held values: the task is closed or its transaction aborted without a commit. */
    @Override
    public void clearCache() {
        held.clear();
        super.clearCache();
    }

    @Override
    public void close() {
        held.clear();
        super.close();
    }

    /** Values held, not yet written down. */
    int heldCount() {
        return held.size();
    }

    private void writeDown() {
        lastWriteDownNanos = nanoClock.getAsLong();
        if (held.isEmpty()) {
            return;
        }
        List<KeyValue<K, V>> batch = new ArrayList<>(held.size());
        held.forEach((key, value) -> batch.add(KeyValue.pair(key, value)));
        held.clear();
        wrapped().putAll(batch);
    }
}
