package io.tickflow.core.bars;

/** An in-memory {@link ImbalanceHistory} keeping the last {@code capacity} imbalances in a ring. */
public final class RingImbalanceHistory implements ImbalanceHistory {

    private final double[] ring;
    private long count;
    /** The slot of index {@code count}: a cursor instead of {@code index % capacity}, a long division per call. */
    private int head;

    /** @param capacity how many recent imbalances to keep; at least the bars' {@code imbalance_window} */
    public RingImbalanceHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.ring = new double[capacity];
    }

    @Override
    public void append(double imbalance) {
        ring[head] = imbalance;
        head = head + 1 == ring.length ? 0 : head + 1;
        count++;
    }

    @Override
    public double get(long index) {
        if (index < 0 || index >= count || index < count - ring.length) {
            throw new IndexOutOfBoundsException(
                    "index " + index + " not kept: count " + count + ", capacity " + ring.length);
        }
        int slot = head - (int) (count - index); // count - index is within [1, capacity]
        return ring[slot < 0 ? slot + ring.length : slot];
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        count = 0;
        head = 0;
    }
}
