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
 * per trade under exactly-once. A block is written once it is full; the values of the open block (the one the
 * next trade writes into) travel with the ticker's bar state instead ({@link StoredTickerBars}), so that a trade
 * makes one store write, not two. Slots of the open block not yet rewritten in this pass still hold the previous
 * pass's values, written when that block filled.
 *
 * <p>E[imb] reads up to W values at a bar close; the last W values of recently active tickers are mirrored in
 * memory. The mirror is a pure cache: the stores are the truth, and a mirror whose count does not match the
 * persisted state is rebuilt from them (after a restart or a rebalance).
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

    /**
     * The history of a ticker whose persisted state says {@code count} imbalances were appended this session.
     *
     * @param openBlock the open block's values persisted with that state; {@code null} when the history store
     *                  holds them (a state written before format 4)
     * @throws IllegalStateException when the stores lack an index the count says was appended
     */
    ImbalanceHistory of(String ticker, long count, double[] openBlock) {
        Mirror mirror = mirrors.get(ticker);
        if (mirror == null || mirror.count != count) {
            mirror = rebuild(ticker, count, openBlock);
            mirrors.put(ticker, mirror);
        }
        return new StoreHistory(ticker, mirror);
    }

    /** The values of the ticker's open block, to persist with its state; the ticker must have been asked for. */
    double[] openBlock(String ticker) {
        Mirror mirror = mirrors.get(ticker);
        int from = blockStart(mirror.head);
        return Arrays.copyOfRange(mirror.values, from, mirror.head);
    }

    private Mirror rebuild(String ticker, long count, double[] openBlock) {
        Mirror mirror = new Mirror(window, count);
        int open = mirror.head - blockStart(mirror.head); // the last `open` indices are the open block's
        if (openBlock != null && openBlock.length != open) {
            throw new IllegalStateException("the bar state of " + ticker + " carries " + openBlock.length
                    + " open-block imbalances where its count " + count + " says " + open);
        }
        long fromStore = openBlock == null ? count : count - open;
        int loadedBlock = -1;
        double[] block = null;
        for (long i = Math.max(0, count - window); i < fromStore; i++) {
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
        if (openBlock != null) {
            System.arraycopy(openBlock, 0, mirror.values, mirror.head - open, open);
        }
        return mirror;
    }

    private int slot(long index) {
        return (int) (index % window);
    }

    private static int blockStart(int slot) {
        return slot - slot % BLOCK;
    }

    private static String key(String ticker, int block) {
        return ticker + '#' + block;
    }

    private static final class Mirror {
        final double[] values;
        long count;
        /** The slot of index {@code count}, kept as a cursor: no long division per trade. */
        int head;

        Mirror(int window, long count) {
            this.values = new double[window];
            this.count = count;
            this.head = (int) (count % window);
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
            int slot = mirror.head;
            mirror.values[slot] = imbalance;
            mirror.count++;
            mirror.head = slot + 1 == window ? 0 : slot + 1;
            if (mirror.head % BLOCK == 0) { // the block is full (or W reached): it leaves the bar state
                int from = blockStart(slot);
                store.put(key(ticker, from / BLOCK), Arrays.copyOfRange(mirror.values, from, slot + 1));
            }
        }

        @Override
        public double get(long index) {
            long behind = mirror.count - index;
            if (index < 0 || behind <= 0 || behind > window) {
                throw new IndexOutOfBoundsException("index " + index + " not kept (count " + mirror.count
                        + ", window " + window + ")");
            }
            int slot = mirror.head - (int) behind;
            return mirror.values[slot < 0 ? slot + window : slot];
        }

        @Override
        public long count() {
            return mirror.count;
        }

        @Override
        public void reset() {
            mirror.count = 0; // old slots are overwritten as the new session appends
            mirror.head = 0;
        }
    }
}
