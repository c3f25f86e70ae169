package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceBarState;
import io.tickflow.core.bars.OhlcvAccumulator;
import io.tickflow.core.bars.PendingTrade;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.tickrule.TickRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of {@link TickerBarsState} for the state store and its changelog (about 200 bytes). The first byte
 * is a format version so that a later layout can still read stores written by this one.
 */
final class TickerBarsStateSerde implements Serde<TickerBarsState> {
    private static final byte VERSION = 2;

    @Override
    public Serializer<TickerBarsState> serializer() {
        return (topic, state) -> state == null ? null : write(state);
    }

    @Override
    public Deserializer<TickerBarsState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(TickerBarsState s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TickerBarsState read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("unknown bar state format " + version);
            }
            long day = in.readLong();
            LocalDate session = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
            boolean closed = in.readBoolean();
            ImbalanceBarState bars = readBars(in);
            List<Long> trailing = readLongs(in);
            long maxSeen = in.readLong();
            int n = in.readInt();
            List<PendingTrade> pending = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                pending.add(new PendingTrade(in.readLong(), in.readDouble(), in.readDouble()));
            }
            return new TickerBarsState(session, closed, bars, trailing, maxSeen, pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    }

    private static ImbalanceBarState readBars(DataInputStream in) throws IOException {
        OhlcvAccumulator a = new OhlcvAccumulator(in.readLong(), in.readLong(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readLong(), in.readDouble());
        TickRule tickRule = new TickRule(in.readDouble(), in.readInt());
        double theta = in.readDouble();
        double expTicks = in.readDouble();
        double expImbalance = in.readDouble();
        List<Long> recent = readLongs(in);
        long tradeCount = in.readLong();
        long nextSeq = in.readLong();
        return new ImbalanceBarState(a, tickRule, theta, expTicks, expImbalance, recent, tradeCount, nextSeq,
                in.readDouble());
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
