package io.tickflow.core.bars;

/**
 * The per-trade imbalances of one ticker-session, addressed by absolute index (0 = the session's first
 * trade), of which an implementation keeps at least the last {@code imbalance_window} W.
 *
 * <p>It lives outside {@link ImbalanceBarState} so that the state stays small whatever W is: the streams
 * processor backs it with a key-value store (one small entry per trade, entries older than W deleted),
 * batch runs and tests use {@link RingImbalanceHistory}.
 */
public interface ImbalanceHistory {

    /** Appends the imbalance of the next trade; its index is the {@link #count()} before the call. */
    void append(double imbalance);

    /**
     * The imbalance at an absolute index.
     *
     * @param index {@code count() - W <= index < count()} at least must be answerable
     * @throws IndexOutOfBoundsException if the index was never appended or is no longer kept
     */
    double get(long index);

    /** How many imbalances were appended since the last {@link #reset()}. */
    long count();

    /** Forgets every imbalance: a new session starts, and the next append gets index 0. */
    void reset();
}
