package io.tickflow.streams.bars;

import io.tickflow.core.bars.HardenedThreshold;
import io.tickflow.core.bars.ImbalanceBarState;
import io.tickflow.core.bars.OhlcvAccumulator;
import io.tickflow.core.bars.PendingTrade;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.tickrule.TickRule;
import io.tickflow.streams.stores.BinaryStateSerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * Binary form of {@link TickerBarsState} for the state store and its changelog (about 200 bytes plus 24 per
 * held-back trade), behind the version byte of {@link BinaryStateSerde}. Version 3 added the hardened threshold
 * (E|imb| running numerator, anchor E0[T], κ, E|imb|); a version-2 value is still read, with
 * {@link HardenedThreshold#NONE}: that session finishes under the rule it started with, the next one is anchored.
 */
final class TickerBarsStateSerde {
    private static final byte VERSION = 3;
    private static final byte VERSION_BEFORE_HARDENED_THRESHOLD = 2;

    private TickerBarsStateSerde() {
    }

    /** The serde of the bars stage's state store. */
    static Serde<TickerBarsState> serde() {
        return BinaryStateSerde.of("bar state", VERSION, TickerBarsStateSerde::write, in -> read(in, true),
                Map.of(VERSION_BEFORE_HARDENED_THRESHOLD, in -> read(in, false)));
    }

    private static void write(DataOutputStream out, TickerBarsState s) throws IOException {
        out.writeLong(s.session() == null ? Long.MIN_VALUE : s.session().toEpochDay());
        out.writeBoolean(s.closed());
        writeBars(out, s.bars());
        writeLongs(out, s.trailingSessionTrades());
        out.writeLong(s.maxSeenNanos());
        out.writeInt(s.pending().size());
        for (PendingTrade t : s.pending()) {
            out.writeLong(t.tsNanos());
            out.writeDouble(t.price());
            out.writeDouble(t.size());
        }
    }

    private static TickerBarsState read(DataInputStream in, boolean withHardenedThreshold) throws IOException {
        long day = in.readLong();
        LocalDate session = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        boolean closed = in.readBoolean();
        ImbalanceBarState bars = readBars(in, withHardenedThreshold);
        List<Long> trailing = readLongs(in);
        long maxSeen = in.readLong();
        int n = in.readInt();
        List<PendingTrade> pending = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pending.add(new PendingTrade(in.readLong(), in.readDouble(), in.readDouble()));
        }
        return new TickerBarsState(session, closed, bars, trailing, maxSeen, pending);
    }

    private static void writeBars(DataOutputStream out, ImbalanceBarState b) throws IOException {
        OhlcvAccumulator a = b.bar();
        out.writeLong(a.openTimeNanos());
        out.writeLong(a.closeTimeNanos());
        for (double d : new double[] {a.open(), a.high(), a.low(), a.close(), a.volume(), a.buyVolume()}) {
            out.writeDouble(d);
        }
        out.writeLong(a.ticks());
        out.writeDouble(a.dollarValue());
        out.writeDouble(b.tickRule().lastPrice());
        out.writeInt(b.tickRule().lastSign());
        out.writeDouble(b.theta());
        out.writeDouble(b.expTicks());
        out.writeDouble(b.expImbalance());
        writeLongs(out, b.recentBarTicks());
        out.writeLong(b.tradeCount());
        out.writeLong(b.nextSeq());
        out.writeDouble(b.windowNumerator());
        out.writeDouble(b.absWindowNumerator());
        out.writeDouble(b.hardened().anchorTicks());
        out.writeDouble(b.hardened().kappa());
        out.writeDouble(b.hardened().expAbsImbalance());
    }

    private static ImbalanceBarState readBars(DataInputStream in, boolean withHardenedThreshold) throws IOException {
        OhlcvAccumulator a = new OhlcvAccumulator(in.readLong(), in.readLong(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readLong(), in.readDouble());
        TickRule tickRule = new TickRule(in.readDouble(), in.readInt());
        double theta = in.readDouble();
        double expTicks = in.readDouble();
        double expImbalance = in.readDouble();
        List<Long> recent = readLongs(in);
        long tradeCount = in.readLong();
        long nextSeq = in.readLong();
        double windowNumerator = in.readDouble();
        if (!withHardenedThreshold) {
            return new ImbalanceBarState(a, tickRule, theta, expTicks, expImbalance, recent, tradeCount, nextSeq,
                    windowNumerator, Double.NaN, HardenedThreshold.NONE);
        }
        double absWindowNumerator = in.readDouble();
        HardenedThreshold hardened = new HardenedThreshold(in.readDouble(), in.readDouble(), in.readDouble());
        return new ImbalanceBarState(a, tickRule, theta, expTicks, expImbalance, recent, tradeCount, nextSeq,
                windowNumerator, absWindowNumerator, hardened);
    }

    private static void writeLongs(DataOutputStream out, List<Long> values) throws IOException {
        out.writeInt(values.size());
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static List<Long> readLongs(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Long> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readLong());
        }
        return values;
    }
}
