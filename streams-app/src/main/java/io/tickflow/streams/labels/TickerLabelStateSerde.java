package io.tickflow.streams.labels;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.CusumFilter;
import io.tickflow.core.labels.EwmStd;
import io.tickflow.core.labels.LabelerState;
import io.tickflow.core.labels.PendingEvent;
import io.tickflow.core.labels.TickerLabelState;
import io.tickflow.core.labels.Touch;
import io.tickflow.core.labels.TripleBarrierLabel;
import io.tickflow.streams.stores.BinaryStateSerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * Binary form of {@link TickerLabelState} for the state store and its changelog: about 80 bytes plus 20 per bar and
 * 45 per label of the open session. The first byte is a format version, so a later layout can still read this one.
 */
final class TickerLabelStateSerde {
    private static final byte VERSION = 1;

    private TickerLabelStateSerde() {
    }

    static Serde<TickerLabelState> serde() {
        return BinaryStateSerde.of("label state", VERSION, TickerLabelStateSerde::write, TickerLabelStateSerde::read);
    }

    private static void write(DataOutputStream out, TickerLabelState s) throws IOException {
        out.writeLong(s.session() == null ? Long.MIN_VALUE : s.session().toEpochDay());
        out.writeBoolean(s.closed());
        writeLabeler(out, s.labeler());
        out.writeInt(s.path().size());
        for (BarPoint bar : s.path()) {
            writeBar(out, bar);
        }
        out.writeInt(s.labels().size());
        for (TripleBarrierLabel label : s.labels()) {
            writeLabel(out, label);
        }
    }

    private static TickerLabelState read(DataInputStream in) throws IOException {
        long day = in.readLong();
        LocalDate session = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        boolean closed = in.readBoolean();
        LabelerState labeler = readLabeler(in);
        List<BarPoint> path = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            path.add(readBar(in));
        }
        List<TripleBarrierLabel> labels = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            labels.add(readLabel(in));
        }
        return new TickerLabelState(session, closed, labeler, path, labels);
    }

    private static void writeLabeler(DataOutputStream out, LabelerState l) throws IOException {
        EwmStd v = l.volatility();
        out.writeLong(v.count());
        for (double d : new double[] {v.mean(), v.variance(), v.sumWt(), v.sumWt2(), l.cusum().sPos(), l.cusum().sNeg()}) {
            out.writeDouble(d);
        }
        out.writeBoolean(l.last() != null);
        if (l.last() != null) {
            writeBar(out, l.last());
        }
        out.writeInt(l.pending().size());
        for (PendingEvent e : l.pending()) {
            out.writeInt(e.seq());
            out.writeLong(e.t0Nanos());
            out.writeDouble(e.close());
            out.writeDouble(e.target());
            out.writeInt(e.verticalSeq());
            out.writeLong(e.verticalTimeNanos());
        }
    }

    private static LabelerState readLabeler(DataInputStream in) throws IOException {
        EwmStd volatility = new EwmStd(in.readLong(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
        CusumFilter cusum = new CusumFilter(in.readDouble(), in.readDouble());
        BarPoint last = in.readBoolean() ? readBar(in) : null;
        List<PendingEvent> pending = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            pending.add(new PendingEvent(in.readInt(), in.readLong(), in.readDouble(), in.readDouble(), in.readInt(),
                    in.readLong()));
        }
        return new LabelerState(volatility, cusum, last, pending);
    }

    private static void writeBar(DataOutputStream out, BarPoint bar) throws IOException {
        out.writeInt(bar.seq());
        out.writeLong(bar.closeTimeNanos());
        out.writeDouble(bar.close());
    }

    private static BarPoint readBar(DataInputStream in) throws IOException {
        return new BarPoint(in.readInt(), in.readLong(), in.readDouble());
    }

    private static void writeLabel(DataOutputStream out, TripleBarrierLabel l) throws IOException {
        out.writeInt(l.eventSeq());
        out.writeLong(l.t0Nanos());
        out.writeInt(l.exitSeq());
        out.writeLong(l.t1Nanos());
        out.writeByte(l.touch().ordinal());
        out.writeDouble(l.ret());
        out.writeDouble(l.target());
    }

    private static TripleBarrierLabel readLabel(DataInputStream in) throws IOException {
        return new TripleBarrierLabel(in.readInt(), in.readLong(), in.readInt(), in.readLong(),
                Touch.values()[in.readByte()], in.readDouble(), in.readDouble());
    }
}
