package io.tickflow.streams.alerts;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One ticker's minute volumes of its current session, by minute index, held beside the minutes store so that a
 * session roll need not scan the store for them. Not thread safe.
 */
final class SessionMinutes {
    private double[] volumes = new double[32];
    private final BitSet recorded = new BitSet();

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
        for (int i = recorded.nextSetBit(0); i >= 0; i = recorded.nextSetBit(i + 1)) {
            visitor.visit(i, volumes[i]);
        }
    }
}
