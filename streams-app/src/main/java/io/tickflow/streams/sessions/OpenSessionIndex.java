package io.tickflow.streams.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which tickers of a task have an open session, by session end, so that the session-end punctuation finds the due
 * ones without scanning the state store (a RocksDB iteration per stream-time minute dominated replays). It is a
 * pure cache of the store: built from one scan at task start, then kept in step with every state written.
 */
public final class OpenSessionIndex {
    private final Map<String, Long> endByTicker = new HashMap<>();
    private final TreeMap<Long, TreeSet<String>> tickersByEnd = new TreeMap<>();

    /** The ticker's session is open and ends at {@code endNanos} (event time). Idempotent. */
    public void open(String ticker, long endNanos) {
        Long previous = endByTicker.put(ticker, endNanos);
        if (previous != null && previous == endNanos) {
            return;
        }
        if (previous != null) {
            removeFromEnd(ticker, previous);
        }
        tickersByEnd.computeIfAbsent(endNanos, e -> new TreeSet<>()).add(ticker);
    }

    /** The ticker has no open session. */
    public void close(String ticker) {
        Long previous = endByTicker.remove(ticker);
        if (previous != null) {
            removeFromEnd(ticker, previous);
        }
    }

    /** Tickers whose session ended at or before {@code nanos}, earliest end first, tickers sorted within an end. */
    public List<String> endedBy(long nanos) {
        List<String> due = new ArrayList<>();
        tickersByEnd.headMap(nanos, true).values().forEach(due::addAll);
        return due;
    }

    private void removeFromEnd(String ticker, long end) {
        TreeSet<String> tickers = tickersByEnd.get(end);
        tickers.remove(ticker);
        if (tickers.isEmpty()) {
            tickersByEnd.remove(end);
        }
    }
}
