package io.tickflow.streams.daily;

import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.SessionTotals;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The minutes of one ticker-session, ascending by window start, one per window start, as one compact store value:
 * what a late or corrected minute needs to recompute its session in minute order (the same doubles as the batch
 * command's single pass). Immutable: the value is held in its stored form (a version byte, then 33 bytes per minute:
 * window start ns, close, volume, a vwap-present byte, vwap), so the serde neither copies nor parses it, and adding
 * a minute copies the block once.
 */
final class SessionMinutes {
    static final byte VERSION = 1;
    private static final int ENTRY = 8 + 8 + 8 + 1 + 8;
    static final SessionMinutes EMPTY = new SessionMinutes(new byte[] {VERSION});

    private final byte[] bytes;

    private SessionMinutes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The stored form; never modify it. */
    static Serde<SessionMinutes> serde() {
        return Serdes.serdeFrom((topic, m) -> m == null ? null : m.bytes, (topic, b) -> b == null ? null : of(b));
    }

    private static SessionMinutes of(byte[] stored) {
        if (stored.length == 0 || stored[0] != VERSION || (stored.length - 1) % ENTRY != 0) {
            throw new IllegalStateException("unknown session minutes format " + (stored.length == 0 ? "(empty)"
                    : stored[0] + " of " + stored.length + " bytes") + " (expected " + VERSION + ")");
        }
        return new SessionMinutes(stored);
    }

    /** Minutes held. */
    int size() {
        return (bytes.length - 1) / ENTRY;
    }

    /** This block with {@code bar} added, or replacing the minute of the same window start. */
    SessionMinutes with(MinuteBar bar) {
        int at = indexOf(bar.windowStartNanos());
        boolean replaces = at >= 0;
        int slot = replaces ? at : -at - 1;
        byte[] next = new byte[replaces ? bytes.length : bytes.length + ENTRY];
        int offset = 1 + slot * ENTRY;
        System.arraycopy(bytes, 0, next, 0, offset);
        int rest = replaces ? offset + ENTRY : offset;
        System.arraycopy(bytes, rest, next, offset + ENTRY, bytes.length - rest);
        write(ByteBuffer.wrap(next, offset, ENTRY), bar);
        return new SessionMinutes(next);
    }

    /** The minutes, ascending by window start. */
    List<MinuteBar> minutes() {
        ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        List<MinuteBar> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            long start = in.getLong();
            double close = in.getDouble();
            double volume = in.getDouble();
            boolean hasVwap = in.get() != 0;
            double vwap = in.getDouble();
            out.add(new MinuteBar(start, close, volume, hasVwap ? vwap : null));
        }
        return out;
    }

    /** Totals of the session from these minutes in minute order; {@code null} when it holds none. */
    SessionTotals totals(LocalDate session) {
        return size() == 0 ? null : SessionTotals.of(session, minutes());
    }

    /** Index of the minute starting at {@code startNanos}, or (−insertion point − 1). */
    private int indexOf(long startNanos) {
        int n = size();
        if (n > 0 && startAt(n - 1) < startNanos) {
            return -n - 1; // the common case: a minute after every held one
        }
        int low = 0;
        int high = n - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long start = startAt(mid);
            if (start < startNanos) {
                low = mid + 1;
            } else if (start > startNanos) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -low - 1;
    }

    private long startAt(int index) {
        return ByteBuffer.wrap(bytes).getLong(1 + index * ENTRY);
    }

    private static void write(ByteBuffer out, MinuteBar bar) {
        out.putLong(bar.windowStartNanos());
        out.putDouble(bar.close());
        out.putDouble(bar.volume());
        out.put((byte) (bar.vwap() != null ? 1 : 0));
        out.putDouble(bar.vwap() != null ? bar.vwap() : 0.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionMinutes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
