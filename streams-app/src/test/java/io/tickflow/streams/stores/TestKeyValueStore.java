package io.tickflow.streams.stores;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A key-value store of strings over a sorted map, for store wrappers' tests; a null value deletes. */
class TestKeyValueStore implements KeyValueStore<String, String> {
    final NavigableMap<String, String> map;
    boolean closed;
    private final String name;

    TestKeyValueStore(String name, NavigableMap<String, String> map) {
        this.name = name;
        this.map = map;
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    @Override
    public String putIfAbsent(String key, String value) {
        String old = map.get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @Override
    public void putAll(List<KeyValue<String, String>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public String delete(String key) {
        return map.remove(key);
    }

    @Override
    public String get(String key) {
        return map.get(key);
    }

    @Override
    public KeyValueIterator<String, String> range(String from, String to) {
        return iterator(map.subMap(from, true, to, true));
    }

    @Override
    public KeyValueIterator<String, String> all() {
        return iterator(map);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, String> prefixScan(P prefix, PS serializer) {
        String start = (String) prefix;
        return iterator(map.subMap(start, true, start + Character.MAX_VALUE, false));
    }

    @Override
    public long approximateNumEntries() {
        return map.size();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    private static KeyValueIterator<String, String> iterator(Map<String, String> entries) {
        Iterator<Map.Entry<String, String>> it = Map.copyOf(entries).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).iterator();
        return new KeyValueIterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public KeyValue<String, String> next() {
                Map.Entry<String, String> e = it.next();
                return KeyValue.pair(e.getKey(), e.getValue());
            }

            @Override
            public void close() {
            }

            @Override
            public String peekNextKey() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
