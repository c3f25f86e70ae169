package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The imbalance histories of a task's tickers, kept in a key-value store as one small entry per trade
 * ({@code ticker#slot}, slot = index mod W), so a trade writes 8 bytes instead of the whole window.
 *
 * <p>E[imb] reads up to W values at each bar close; reading them from RocksDB every time would dominate, so the
 * last W values of recently active tickers are mirrored in memory. The mirror is a pure cache: the store is the
 * truth, and a mirror whose count does not match the persisted state is rebuilt from the store (after a restart
 * or a rebalance).
 */
final class StoreImbalanceHistories {
    private static final int MIRRORED_TICKERS = 512;

    private final KeyValueStore<String, Double> store;
    private final int window;
    private final Map<String, Mirror> mirrors = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Mirror> eldest) {
            return size() > MIRRORED_TICKERS;
        }
    };

    StoreImbalanceHistories(KeyValueStore<String, Double> store, int window) {
        this.store = store;
        this.window = window;
    }

    /** The history of a ticker whose persisted state says {@code count} imbalances were appended this session. */
    ImbalanceHistory of(String ticker, long count) {
        Mirror mirror = mirrors.get(ticker);
        if (mirror == null || mirror.count != count) {
            mirror = rebuild(ticker, count);
            mirrors.put(ticker, mirror);
        }
        return new StoreHistory(ticker, mirror);
    }

    private Mirror rebuild(String ticker, long count) {
        Mirror mirror = new Mirror(window);
        mirror.count = count;
        for (long i = Math.max(0, count - window); i < count; i++) {
            Double value = store.get(key(ticker, i));
            if (value == null) {
                throw new IllegalStateException("imbalance history of " + ticker + " lacks index " + i
                        + " of " + count + ": the history store and the state store disagree");
            }
            mirror.values[slot(i)] = value;
        }
        return mirror;
    }

    private int slot(long index) {
        return (int) (index % window);
    }

    private String key(String ticker, long index) {
        return ticker + '#' + slot(index);
    }

    private static final class Mirror {
        final double[] values;
        long count;

        Mirror(int window) {
            values = new double[window];
        }
    }

    private final class StoreHistory implements ImbalanceHistory {
        private final String ticker;
        private final Mirror mirror;

        StoreHistory(String ticker, Mirror mirror) {
            this.ticker = ticker;
            this.mirror = mirror;
        }

        @Override
        public void append(double imbalance) {
            store.put(key(ticker, mirror.count), imbalance);
            mirror.values[slot(mirror.count)] = imbalance;
            mirror.count++;
        }

        @Override
        public double get(long index) {
            if (index < Math.max(0, mirror.count - window) || index >= mirror.count) {
                throw new IndexOutOfBoundsException("index " + index + " not kept (count " + mirror.count
                        + ", window " + window + ")");
            }
            return mirror.values[slot(index)];
        }

        @Override
        public long count() {
            return mirror.count;
        }

        @Override
        public void reset() {
            mirror.count = 0; // old slots are overwritten as the new session appends
        }
    }
}
