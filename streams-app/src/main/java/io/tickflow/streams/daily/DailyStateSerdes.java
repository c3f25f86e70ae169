package io.tickflow.streams.daily;

import io.tickflow.streams.stores.BinaryStateSerde;
import io.tickflow.core.daily.OpenMinute;
import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.TickerSessionHistory;
import io.tickflow.core.universe.RollingInfoRichCount;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary forms of the daily stage's state for its stores and changelogs. Each starts with a format version byte so
 * that a later layout can still read stores written by this one. Sizes: a session history about 1.7 KB (40
 * sessions × 44 bytes), a rolling count about 1.3 KB (260 × 5 bytes), a minute 26 bytes.
 */
final class DailyStateSerdes {
    private static final byte VERSION = 1;
    /** The ticker state's format: the history of format 1, then the first unsent session. */
    private static final byte STATE_VERSION = 2;
    private static final int NONE_UNSENT = Integer.MIN_VALUE;
    private static final int SESSION_BYTES = 4 + 8 + 8 + 8 + 8 + 4;

    private DailyStateSerdes() {
    }

    /**
     * A ticker's state: format 2 is format 1 (the history alone, as written before rows were sent once per emit
     * interval) followed by the first unsent session's epoch day ({@link #NONE_UNSENT} when every row was sent);
     * format 1 reads as a state with every row sent. Written with a {@link ByteBuffer}: the state is written once
     * per minute bar, and field-by-field stream writes were a visible cost there.
     */
    static Serde<DailyTickerState> tickerState() {
        return Serdes.serdeFrom((topic, state) -> state == null ? null : writeState(state),
                (topic, bytes) -> bytes == null ? null : readState(bytes));
    }

    static Serde<RollingInfoRichCount> rollingCount() {
        return BinaryStateSerde.of("daily state", VERSION, DailyStateSerdes::writeCount, DailyStateSerdes::readCount);
    }

    static Serde<OpenMinute> openMinute() {
        return BinaryStateSerde.of("daily state", VERSION, DailyStateSerdes::writeOpenMinute,
                in -> new OpenMinute(in.readLong(), in.readLong(), in.readLong(), in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readInt()));
    }

    private static void writeOpenMinute(DataOutputStream out, OpenMinute m) throws IOException {
        out.writeLong(m.windowStartNanos());
        out.writeLong(m.firstTradeNanos());
        out.writeLong(m.lastTradeNanos());
        out.writeDouble(m.open());
        out.writeDouble(m.high());
        out.writeDouble(m.low());
        out.writeDouble(m.close());
        out.writeDouble(m.volume());
        out.writeDouble(m.dollars());
        out.writeInt(m.trades());
    }

    private static byte[] writeState(DailyTickerState state) {
        List<SessionTotals> sessions = state.history().sessions();
        ByteBuffer out = ByteBuffer.allocate(1 + 4 + sessions.size() * SESSION_BYTES + 4);
        out.put(STATE_VERSION);
        out.putInt(sessions.size());
        for (SessionTotals s : sessions) {
            out.putInt((int) s.session().toEpochDay());
            out.putDouble(s.close());
            out.putLong(s.lastMinuteNanos());
            out.putDouble(s.volume());
            out.putDouble(s.dollarVolume());
            out.putInt(s.minutes());
        }
        out.putInt(state.unsentFrom() == null ? NONE_UNSENT : (int) state.unsentFrom().toEpochDay());
        return out.array();
    }

    private static DailyTickerState readState(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            byte version = in.get();
            if (version != VERSION && version != STATE_VERSION) {
                throw new IllegalStateException("unknown daily state format " + version + " (expected "
                        + STATE_VERSION + ")");
            }
            int n = in.getInt();
            List<SessionTotals> sessions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sessions.add(new SessionTotals(LocalDate.ofEpochDay(in.getInt()), in.getDouble(), in.getLong(),
                        in.getDouble(), in.getDouble(), in.getInt()));
            }
            int unsent = version == VERSION ? NONE_UNSENT : in.getInt();
            return new DailyTickerState(new TickerSessionHistory(sessions),
                    unsent == NONE_UNSENT ? null : LocalDate.ofEpochDay(unsent));
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("truncated daily state of " + bytes.length + " bytes", e);
        }
    }

    private static void writeCount(DataOutputStream out, RollingInfoRichCount c) throws IOException {
        out.writeInt(c.sessions().size());
        for (RollingInfoRichCount.SessionFlag f : c.sessions()) {
            out.writeInt((int) f.date().toEpochDay());
            out.writeBoolean(f.infoRich());
        }
    }

    private static RollingInfoRichCount readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<RollingInfoRichCount.SessionFlag> flags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            flags.add(new RollingInfoRichCount.SessionFlag(LocalDate.ofEpochDay(in.readInt()), in.readBoolean()));
        }
        return new RollingInfoRichCount(flags);
    }
}
