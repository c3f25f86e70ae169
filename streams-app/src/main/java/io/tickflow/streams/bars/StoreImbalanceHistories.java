package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceHistory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The imbalance histories of a task's tickers, kept in a key-value store in blocks of {@link #BLOCK} imbalances
 * ({@code ticker#block}, block = (index mod W) / BLOCK), so that a trade never rewrites the whole window.
 *
 * <p>Why blocks: one entry per trade made the history changelog as long as the input itself, one extra produce
 * per trade under exactly-once. The store's cache keeps only the last value of a key between commits, so a trade
 * rewriting its (small) block costs a cache update, and the changelog gets about one record per block per commit.
 *
 * <p>E[imb] reads up to W values at a bar close; the last W values of recently active tickers are mirrored in
 * memory. The mirror is a pure cache: the store is the truth, and a mirror whose count does not match the
 * persisted state is rebuilt from the store (after a restart or a rebalance).
 */
final class StoreImbalanceHistories {
    static final int BLOCK = 32;
    private static final int MIRRORED_TICKERS = 512;

    private final KeyValueStore<String, double[]> store;
    private final int window;
    private final Map<String, Mirror> mirrors = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Mirror> eldest) {
            return size() > MIRRORED_TICKERS;
        }
    };

    StoreImbalanceHistories(KeyValueStore<String, double[]> store, int window) {
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
        int loadedBlock = -1;
        double[] block = null;
        for (long i = Math.max(0, count - window); i < count; i++) {
            int slot = slot(i);
            if (slot / BLOCK != loadedBlock) {
                loadedBlock = slot / BLOCK;
                block = store.get(key(ticker, loadedBlock));
            }
            if (block == null || block.length <= slot % BLOCK) {
                throw new IllegalStateException("imbalance history of " + ticker + " lacks index " + i
                        + " of " + count + ": the history store and the state store disagree");
            }
            mirror.values[slot] = block[slot % BLOCK];
        }
        return mirror;
    }

    private int slot(long index) {
        return (int) (index % window);
    }

    private static String key(String ticker, int block) {
        return ticker + '#' + block;
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
            int slot = slot(mirror.count);
            mirror.values[slot] = imbalance;
            mirror.count++;
            int block = slot / BLOCK;
            int from = block * BLOCK;
            store.put(key(ticker, block), Arrays.copyOfRange(mirror.values, from, Math.min(from + BLOCK, window)));
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
