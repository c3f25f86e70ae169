package io.tickflow.streams.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;

class WriteBehindKeyValueStoreTest {
    private static final Duration INTERVAL = Duration.ofMillis(100);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SortedMapStore below = new SortedMapStore("s");
    private final WriteBehindKeyValueStore<String, String> store =
            new WriteBehindKeyValueStore<>(below, INTERVAL, nanos::get);

    @Test
    void holdsPutsUntilTheCacheIsFlushedThenWritesEachKeysLatestValueOnce() {
        store.put("a", "1");
        store.put("a", "2");
        store.put("b", "3");

        assertThat(below.writes).isEmpty();
        assertThat(store.get("a")).isEqualTo("2");

        store.flushCache();

        assertThat(below.writes).containsExactlyInAnyOrder(KeyValue.pair("a", "2"), KeyValue.pair("b", "3"));
        assertThat(below.map).containsEntry("a", "2").containsEntry("b", "3");
        assertThat(store.heldCount()).isZero();
    }

    @Test
    void heldDeletionHidesTheValueBelowAndIsWrittenAsADeletion() {
        below.put("a", "1");
        below.writes.clear();

        assertThat(store.delete("a")).isEqualTo("1");
        assertThat(store.get("a")).isNull();
        assertThat(below.map).containsKey("a");

        store.flushCache();

        assertThat(below.map).doesNotContainKey("a");
        assertThat(below.writes).containsExactly(KeyValue.pair("a", null));
    }

    @Test
    void readsFallThroughToTheStoreBelowForKeysNotHeld() {
        below.put("a", "1");

        assertThat(store.get("a")).isEqualTo("1");
        assertThat(store.get("missing")).isNull();
    }

    @Test
    void aPutOnceTheIntervalHasPassedWritesEverythingHeld() {
        store.put("a", "1");
        nanos.addAndGet(Duration.ofMillis(99).toNanos());
        store.put("b", "2");
        assertThat(below.writes).isEmpty();

        nanos.addAndGet(Duration.ofMillis(1).toNanos()); // 100 ms since the store was made
        store.put("c", "3");

        assertThat(below.map).containsOnlyKeys("a", "b", "c");
        assertThat(store.heldCount()).isZero();
    }

    @Test
    void theIntervalRestartsAtEachWriteDown() {
        nanos.addAndGet(Duration.ofMillis(60).toNanos());
        store.flushCache(); // a commit at 60 ms
        nanos.addAndGet(Duration.ofMillis(60).toNanos());
        store.put("a", "1"); // 60 ms after the commit: held

        assertThat(below.writes).isEmpty();
    }

    @Test
    void aZeroIntervalWritesEveryPutThrough() {
        WriteBehindKeyValueStore<String, String> through = new WriteBehindKeyValueStore<>(below, Duration.ZERO,
                nanos::get);

        through.put("a", "1");

        assertThat(below.map).containsEntry("a", "1");
    }

    @Test
    void scansSeeHeldValuesBecauseTheyWriteThemDownFirst() {
        below.put("a\u00001", "old");
        store.put("a\u00001", "new");
        store.put("a\u00002", "2");
        store.delete("b\u00001");

        List<String> seen = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.prefixScan("a\u0000", new StringSerializer())) {
            it.forEachRemaining(kv -> seen.add(kv.key + "=" + kv.value));
        }

        assertThat(seen).containsExactly("a\u00001=new", "a\u00002=2");
        assertThat(store.heldCount()).isZero();
    }

    @Test
    void clearingTheCacheDropsHeldValuesAsAnAbortedCommitMust() {
        below.put("a", "1");
        store.put("a", "2");

        store.clearCache();
        store.flushCache();

        assertThat(store.get("a")).isEqualTo("1");
        assertThat(below.map).containsEntry("a", "1");
    }

    @Test
    void closingDropsHeldValues() {
        store.put("a", "1");

        store.close();

        assertThat(below.map).isEmpty();
        assertThat(below.closed).isTrue();
    }

    @Test
    void putIfAbsentKeepsAHeldValue() {
        store.put("a", "1");

        assertThat(store.putIfAbsent("a", "2")).isEqualTo("1");
        assertThat(store.putIfAbsent("b", "3")).isNull();
        assertThat(store.get("a")).isEqualTo("1");
        assertThat(store.get("b")).isEqualTo("3");
    }

    @Test
    void commitWritesDownToo() {
        store.put("a", "1");

        store.commit(java.util.Map.of());

        assertThat(below.map).containsEntry("a", "1");
    }

    @Test
    void countsHeldKeysInTheApproximateSize() {
        below.put("a", "1");
        store.put("b", "2");

        assertThat(store.approximateNumEntries()).isEqualTo(2);
    }

    @Test
    void refusesANegativeInterval() {
        assertThatThrownBy(() -> new WriteBehindKeyValueStore<>(below, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A sorted in-memory store that records every write it receives. */
    private static final class SortedMapStore extends TestKeyValueStore {
        final List<KeyValue<String, String>> writes = new ArrayList<>();

        SortedMapStore(String name) {
            super(name, new TreeMap<>());
        }

        @Override
        public void put(String key, String value) {
            writes.add(KeyValue.pair(key, value));
            super.put(key, value);
        }
    }
}
