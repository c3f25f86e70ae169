package io.tickflow.producers.replay;

import io.tickflow.schemas.market.Trade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Puts one day of trades into SIP time order across tickers by a k-way merge of per-ticker runs.
 *
 * <p>Why a merge: a Polygon day file is sorted by ticker, then SIP time, so it is already k sorted runs
 * and merging them costs O(n log k) against O(n log n) for a sort, and checks the run order on the way.
 * Why in memory: a gzip stream cannot seek, so merging runs straight from the file would mean one
 * decompressing cursor per ticker. The day is therefore held in memory, which suits universe-sized days
 * (thousands of trades per ticker, tens of tickers); a whole-market day (~10^8 trades) would need its
 * runs spilled to disk first.
 *
 * <p>A run whose rows are not in SIP order is sorted (stably) before merging and counted. Ties in SIP time
 * keep file order. Feed trades through {@link #accept(Trade)}, then iterate once.
 */
final class SipOrderMerge implements Consumer<Trade> {

    private static final Comparator<Cursor> HEAD_ORDER =
            Comparator.<Cursor>comparingLong(cursor -> cursor.head().getSipTs()).thenComparingInt(Cursor::run);

    private final List<List<Trade>> runs = new ArrayList<>();
    private final List<Boolean> runSorted = new ArrayList<>();
    private List<Trade> current;
    private int unsortedRuns;

    @Override
    public void accept(Trade trade) {
        if (current == null || !current.get(0).getTicker().equals(trade.getTicker())) {
            current = new ArrayList<>();
            runs.add(current);
            runSorted.add(true);
        } else if (trade.getSipTs() < current.get(current.size() - 1).getSipTs()) {
            runSorted.set(runs.size() - 1, false);
        }
        current.add(trade);
    }

    /** Runs that were out of SIP order in the input and had to be sorted; valid after {@link #inSipOrder()}. */
    int unsortedRuns() {
        return unsortedRuns;
    }

    /** The trades of every run in SIP time order. */
    Iterator<Trade> inSipOrder() {
        PriorityQueue<Cursor> heads = new PriorityQueue<>(Math.max(1, runs.size()), HEAD_ORDER);
        for (int i = 0; i < runs.size(); i++) {
            if (!runSorted.get(i)) {
                runs.get(i).sort(Comparator.comparingLong(Trade::getSipTs));
                unsortedRuns++;
            }
            heads.add(new Cursor(runs.get(i), i));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Trade next() {
                Cursor cursor = heads.poll();
                if (cursor == null) {
                    throw new NoSuchElementException();
                }
                Trade trade = cursor.head();
                if (cursor.advance()) {
                    heads.add(cursor);
                }
                return trade;
            }
        };
    }

    /** Position in one run. */
    private static final class Cursor {
        private final List<Trade> trades;
        private final int run;
        private int position;

        Cursor(List<Trade> trades, int run) {
            this.trades = trades;
            this.run = run;
        }

        Trade head() {
            return trades.get(position);
        }

        int run() {
            return run;
        }

        /** Moves to the next trade; false when the run is exhausted. */
        boolean advance() {
            return ++position < trades.size();
        }
    }
}
