package io.tickflow.streams.daily;

import io.tickflow.streams.stores.BinaryStateSerde;
import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.OpenMinute;
import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.TickerSessionHistory;
import io.tickflow.core.universe.RollingInfoRichCount;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * Binary forms of the daily stage's state for its stores and changelogs. Each starts with a format version byte so
 * that a later layout can still read stores written by this one. Sizes: a session history about 1.7 KB (40
 * sessions × 44 bytes), a rolling count about 1.3 KB (260 × 5 bytes), a minute 26 bytes.
 */
final class DailyStateSerdes {
    private static final byte VERSION = 1;

    private DailyStateSerdes() {
    }

    static Serde<TickerSessionHistory> history() {
        return BinaryStateSerde.of("daily state", VERSION, DailyStateSerdes::writeHistory, DailyStateSerdes::readHistory);
    }

    static Serde<RollingInfoRichCount> rollingCount() {
        return BinaryStateSerde.of("daily state", VERSION, DailyStateSerdes::writeCount, DailyStateSerdes::readCount);
    }

    static Serde<MinuteBar> minute() {
        return BinaryStateSerde.of("daily state", VERSION, DailyStateSerdes::writeMinute, in -> new MinuteBar(in.readLong(), in.readDouble(),
                in.readDouble(), in.readBoolean() ? in.readDouble() : null));
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

    private static void writeHistory(DataOutputStream out, TickerSessionHistory h) throws IOException {
        out.writeInt(h.sessions().size());
        for (SessionTotals s : h.sessions()) {
            out.writeInt((int) s.session().toEpochDay());
            out.writeDouble(s.close());
            out.writeLong(s.lastMinuteNanos());
            out.writeDouble(s.volume());
            out.writeDouble(s.dollarVolume());
            out.writeInt(s.minutes());
        }
    }

    private static TickerSessionHistory readHistory(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<SessionTotals> sessions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sessions.add(new SessionTotals(LocalDate.ofEpochDay(in.readInt()), in.readDouble(), in.readLong(),
                    in.readDouble(), in.readDouble(), in.readInt()));
        }
        return new TickerSessionHistory(sessions);
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

    private static void writeMinute(DataOutputStream out, MinuteBar m) throws IOException {
        out.writeLong(m.windowStartNanos());
        out.writeDouble(m.close());
        out.writeDouble(m.volume());
        out.writeBoolean(m.vwap() != null);
        if (m.vwap() != null) {
            out.writeDouble(m.vwap());
        }
    }
}
