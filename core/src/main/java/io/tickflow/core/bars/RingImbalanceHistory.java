package io.tickflow.core.bars;

/** An in-memory {@link ImbalanceHistory} keeping the last {@code capacity} imbalances in a ring. */
public final class RingImbalanceHistory implements ImbalanceHistory {

    private final double[] ring;
    private long count;

    /** @param capacity how many recent imbalances to keep; at least the bars' {@code imbalance_window} */
    public RingImbalanceHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.ring = new double[capacity];
    }

    @Override
    public void append(double imbalance) {
        ring[(int) (count % ring.length)] = imbalance;
        count++;
    }

    @Override
    public double get(long index) {
        if (index < 0 || index >= count || index < count - ring.length) {
            throw new IndexOutOfBoundsException(
                    "index " + index + " not kept: count " + count + ", capacity " + ring.length);
        }
        return ring[(int) (index % ring.length)];
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        count = 0;
    }
}
