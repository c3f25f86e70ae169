package io.tickflow.streams.bars;

import io.tickflow.core.bars.HardenedThreshold;
import io.tickflow.core.bars.ImbalanceBarState;
import io.tickflow.core.bars.OhlcvAccumulator;
import io.tickflow.core.bars.PendingTrade;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.tickrule.TickRule;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary form of {@link StoredTickerBars} for the state store and its changelog (about 250 bytes, plus 24 per
 * held-back trade and 8 per open-block imbalance): a version byte, then big-endian fields, the layout of
 * {@code BinaryStateSerde}'s {@code DataOutputStream}, written into one exactly sized array (a trade writes it
 * once). Version 4 added the history's open block; version 3 added the hardened threshold (E|imb| running
 * numerator, anchor E0[T], κ, E|imb|). Older values are still read: a version-3 value has no open block (its
 * history store holds it), a version-2 value has {@link HardenedThreshold#NONE}: that session finishes under the
 * rule it started with, the next one is anchored.
 */
final class TickerBarsStateSerde {
    private static final byte VERSION = 4;
    private static final byte VERSION_BEFORE_OPEN_BLOCK = 3;
    private static final byte VERSION_BEFORE_HARDENED_THRESHOLD = 2;
    /**
     * Bytes of a value without its lists: version, session, closed (10); OHLCV (80); tick rule (12); θ, E[T], E[imb]
     * (24); bar-length count (4); n, next seq (16); window numerators (16); hardened threshold (24); trailing count
     * (4); latest time (8); pending count (4); open-block count (4).
     */
    private static final int FIXED_BYTES = 10 + 80 + 12 + 24 + 4 + 16 + 16 + 24 + 4 + 8 + 4 + 4;

    private TickerBarsStateSerde() {
    }

    /** The serde of the bars stage's state store. */
    static Serde<StoredTickerBars> serde() {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : write(value),
                (topic, bytes) -> bytes == null ? null : read(bytes));
    }

    private static byte[] write(StoredTickerBars value) {
        TickerBarsState s = value.bars();
        int size = FIXED_BYTES + 8 * (s.bars().recentBarTicks().size() + s.trailingSessionTrades().size()
                + value.openBlock().length) + 24 * s.pending().size();
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION);
        out.putLong(s.session() == null ? Long.MIN_VALUE : s.session().toEpochDay());
        out.put((byte) (s.closed() ? 1 : 0));
        writeBars(out, s.bars());
        writeLongs(out, s.trailingSessionTrades());
        out.putLong(s.maxSeenNanos());
        out.putInt(s.pending().size());
        for (PendingTrade t : s.pending()) {
            out.putLong(t.tsNanos()).putDouble(t.price()).putDouble(t.size());
        }
        out.putInt(value.openBlock().length);
        for (double d : value.openBlock()) {
            out.putDouble(d);
        }
        return out.array();
    }

    private static StoredTickerBars read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte version = in.get();
        if (version < VERSION_BEFORE_HARDENED_THRESHOLD || version > VERSION) {
            throw new IllegalStateException("unknown bar state format " + version + " (expected " + VERSION + ")");
        }
        long day = in.getLong();
        LocalDate session = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        boolean closed = in.get() != 0;
        ImbalanceBarState bars = readBars(in, version > VERSION_BEFORE_HARDENED_THRESHOLD);
        List<Long> trailing = readLongs(in);
        long maxSeen = in.getLong();
        int n = in.getInt();
        List<PendingTrade> pending = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pending.add(new PendingTrade(in.getLong(), in.getDouble(), in.getDouble()));
        }
        TickerBarsState state = new TickerBarsState(session, closed, bars, trailing, maxSeen, pending);
        return new StoredTickerBars(state, version > VERSION_BEFORE_OPEN_BLOCK ? readDoubles(in) : null);
    }

    private static void writeBars(ByteBuffer out, ImbalanceBarState b) {
        OhlcvAccumulator a = b.bar();
        out.putLong(a.openTimeNanos()).putLong(a.closeTimeNanos());
        out.putDouble(a.open()).putDouble(a.high()).putDouble(a.low()).putDouble(a.close());
        out.putDouble(a.volume()).putDouble(a.buyVolume());
        out.putLong(a.ticks()).putDouble(a.dollarValue());
        out.putDouble(b.tickRule().lastPrice()).putInt(b.tickRule().lastSign());
        out.putDouble(b.theta()).putDouble(b.expTicks()).putDouble(b.expImbalance());
        writeLongs(out, b.recentBarTicks());
        out.putLong(b.tradeCount()).putLong(b.nextSeq());
        out.putDouble(b.windowNumerator()).putDouble(b.absWindowNumerator());
        HardenedThreshold h = b.hardened();
        out.putDouble(h.anchorTicks()).putDouble(h.kappa()).putDouble(h.expAbsImbalance());
    }

    private static ImbalanceBarState readBars(ByteBuffer in, boolean withHardenedThreshold) {
        OhlcvAccumulator a = new OhlcvAccumulator(in.getLong(), in.getLong(), in.getDouble(), in.getDouble(),
                in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(), in.getLong(), in.getDouble());
        TickRule tickRule = new TickRule(in.getDouble(), in.getInt());
        double theta = in.getDouble();
        double expTicks = in.getDouble();
        double expImbalance = in.getDouble();
        List<Long> recent = readLongs(in);
        long tradeCount = in.getLong();
        long nextSeq = in.getLong();
        double windowNumerator = in.getDouble();
        if (!withHardenedThreshold) {
            return new ImbalanceBarState(a, tickRule, theta, expTicks, expImbalance, recent, tradeCount, nextSeq,
                    windowNumerator, Double.NaN, HardenedThreshold.NONE);
        }
        double absWindowNumerator = in.getDouble();
        HardenedThreshold hardened = new HardenedThreshold(in.getDouble(), in.getDouble(), in.getDouble());
        return new ImbalanceBarState(a, tickRule, theta, expTicks, expImbalance, recent, tradeCount, nextSeq,
                windowNumerator, absWindowNumerator, hardened);
    }

    private static void writeLongs(ByteBuffer out, List<Long> values) {
        out.putInt(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.putLong(values.get(i));
        }
    }

    private static List<Long> readLongs(ByteBuffer in) {
        int n = in.getInt();
        List<Long> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.getLong());
        }
        return values;
    }

    private static double[] readDoubles(ByteBuffer in) {
        double[] values = new double[in.getInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.getDouble();
        }
        return values;
    }
}
