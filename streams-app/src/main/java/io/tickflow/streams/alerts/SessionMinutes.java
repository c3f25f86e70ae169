package io.tickflow.streams.alerts;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One ticker's minute volumes of its current session, by minute index: the value of the minutes store (one record
 * per ticker, so a minute's close writes one key and a session roll deletes one) and the form held beside it so that
 * a roll reads no store. Not thread safe; a copy goes into the store, so a stored value never changes.
 */
final class SessionMinutes {
    private double[] volumes;
    private final BitSet recorded;

    SessionMinutes() {
        this(new double[32], new BitSet());
    }

    private SessionMinutes(double[] volumes, BitSet recorded) {
        this.volumes = volumes;
        this.recorded = recorded;
    }

    /** What a visit of the recorded minutes receives. */
    @FunctionalInterface
    interface MinuteVisitor {
        void visit(int minuteIndex, double volume);
    }

    /** Records the volume of minute {@code minuteIndex} (&gt;= 0), replacing an earlier one. */
    void put(int minuteIndex, double volume) {
        if (minuteIndex >= volumes.length) {
            volumes = Arrays.copyOf(volumes, Math.max(minuteIndex + 1, 2 * volumes.length));
        }
        volumes[minuteIndex] = volume;
        recorded.set(minuteIndex);
    }

    /** Visits the recorded minutes in ascending minute order. */
    void forEach(MinuteVisitor visitor) {
        for (int i = nextRecorded(0); i >= 0; i = nextRecorded(i + 1)) {
            visitor.visit(i, volumes[i]);
        }
    }

    /** The first recorded minute index at or after {@code from}, or -1 when none. */
    int nextRecorded(int from) {
        return recorded.nextSetBit(from);
    }

    /** The volume of a recorded minute. */
    double volume(int minuteIndex) {
        return volumes[minuteIndex];
    }

    /** Minutes recorded. */
    int count() {
        return recorded.cardinality();
    }

    /** An independent copy. */
    SessionMinutes copy() {
        return new SessionMinutes(volumes.clone(), (BitSet) recorded.clone());
    }
}
