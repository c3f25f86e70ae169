package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.SessionAlertState;
import io.tickflow.core.alerts.SessionVolumes;
import io.tickflow.core.alerts.TradeSessionState;
import io.tickflow.streams.stores.BinaryStateSerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary forms of the alerts stage's state. Sizes: a session state 62 bytes, a trade-session state 78 bytes, one finished session's minute volumes
 * 9 + 8 × (last traded minute + 1) bytes (at most 3.1 KB in the regular session), the current session's minute
 * volumes 5 + 12 × minutes traded bytes (at most 4.7 KB in the regular session).
 */
final class AlertStateSerdes {
    private static final byte VERSION = 1;
    private static final String WHAT = "alerts state";
    /** Minutes in a day: no session, extended hours included, has more. */
    private static final int MAX_MINUTES = 24 * 60;
    /** Version byte + the fields of {@link #writeTradeSession}. */
    private static final int TRADE_SESSION_BYTES = 1 + 4 + 8 + 1 + 8 * 4 + 8 + 4 + 8 + 8 + 4;

    private AlertStateSerdes() {
    }

    static Serde<SessionAlertState> session() {
        return BinaryStateSerde.of(WHAT, VERSION, AlertStateSerdes::writeSession, AlertStateSerdes::readSession);
    }

    /**
     * The trade path writes its state on every trade: the serializer puts the same bytes as the
     * {@link BinaryStateSerde} form ({@link #tradeSessionStreamForm}) straight into an array of the exact size, without
     * the streams (they showed in the stream thread's profile); reads, rare, go through the usual form.
     */
    static Serde<TradeSessionState> tradeSession() {
        return Serdes.serdeFrom((topic, s) -> s == null ? null : tradeSessionBytes(s),
                tradeSessionStreamForm().deserializer());
    }

    /** The {@link BinaryStateSerde} form of the trade-session state, the reference of {@link #tradeSession()}. */
    static Serde<TradeSessionState> tradeSessionStreamForm() {
        return BinaryStateSerde.of(WHAT, VERSION, AlertStateSerdes::writeTradeSession, AlertStateSerdes::readTradeSession);
    }

    private static byte[] tradeSessionBytes(TradeSessionState s) {
        ByteBuffer out = ByteBuffer.allocate(TRADE_SESSION_BYTES); // big-endian, as DataOutputStream
        out.put(VERSION).putInt((int) s.session().toEpochDay()).putLong(s.sessionStartNanos())
                .put((byte) (s.previousClose() != null ? 1 : 0))
                .putDouble(s.previousClose() != null ? s.previousClose() : 0.0)
                .putDouble(s.volume()).putDouble(s.dollarVolume()).putDouble(s.lastPrice()).putLong(s.lastTradeNanos())
                .putInt(s.minuteIndex()).putDouble(s.minuteVolume()).putDouble(s.openingRangeHigh()).putInt(s.fired());
        return out.array();
    }

    static Serde<SessionVolumes> sessionVolumes() {
        return BinaryStateSerde.of(WHAT, VERSION, AlertStateSerdes::writeVolumes, AlertStateSerdes::readVolumes);
    }

    static Serde<SessionMinutes> sessionMinutes() {
        return BinaryStateSerde.of(WHAT, VERSION, AlertStateSerdes::writeMinutes, AlertStateSerdes::readMinutes);
    }

    private static void writeSession(DataOutputStream out, SessionAlertState s) throws IOException {
        out.writeInt((int) s.session().toEpochDay());
        out.writeBoolean(s.previousClose() != null);
        out.writeDouble(s.previousClose() != null ? s.previousClose() : 0.0);
        out.writeDouble(s.volume());
        out.writeDouble(s.dollarVolume());
        out.writeDouble(s.lastClose());
        out.writeLong(s.lastMinuteNanos());
        out.writeDouble(s.openingRangeHigh());
        out.writeInt(s.fired());
    }

    private static SessionAlertState readSession(DataInputStream in) throws IOException {
        LocalDate session = LocalDate.ofEpochDay(in.readInt());
        boolean hasPrevious = in.readBoolean();
        double previous = in.readDouble();
        return new SessionAlertState(session, hasPrevious ? previous : null, in.readDouble(), in.readDouble(),
                in.readDouble(), in.readLong(), in.readDouble(), in.readInt());
    }

    private static void writeTradeSession(DataOutputStream out, TradeSessionState s) throws IOException {
        out.writeInt((int) s.session().toEpochDay());
        out.writeLong(s.sessionStartNanos());
        out.writeBoolean(s.previousClose() != null);
        out.writeDouble(s.previousClose() != null ? s.previousClose() : 0.0);
        out.writeDouble(s.volume());
        out.writeDouble(s.dollarVolume());
        out.writeDouble(s.lastPrice());
        out.writeLong(s.lastTradeNanos());
        out.writeInt(s.minuteIndex());
        out.writeDouble(s.minuteVolume());
        out.writeDouble(s.openingRangeHigh());
        out.writeInt(s.fired());
    }

    private static TradeSessionState readTradeSession(DataInputStream in) throws IOException {
        LocalDate session = LocalDate.ofEpochDay(in.readInt());
        long start = in.readLong();
        boolean hasPrevious = in.readBoolean();
        double previous = in.readDouble();
        return new TradeSessionState(session, start, hasPrevious ? previous : null, in.readDouble(), in.readDouble(),
                in.readDouble(), in.readLong(), in.readInt(), in.readDouble(), in.readDouble(), in.readInt());
    }

    private static void writeMinutes(DataOutputStream out, SessionMinutes s) throws IOException {
        out.writeInt(s.count());
        for (int i = s.nextRecorded(0); i >= 0; i = s.nextRecorded(i + 1)) {
            out.writeInt(i);
            out.writeDouble(s.volume(i));
        }
    }

    private static SessionMinutes readMinutes(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_MINUTES) {
            throw new IOException("minute count " + count + " outside 0.." + MAX_MINUTES);
        }
        SessionMinutes minutes = new SessionMinutes();
        for (int i = 0; i < count; i++) {
            int minuteIndex = in.readInt();
            if (minuteIndex < 0 || minuteIndex >= MAX_MINUTES) {
                throw new IOException("minute index " + minuteIndex + " outside 0.." + (MAX_MINUTES - 1));
            }
            minutes.put(minuteIndex, in.readDouble());
        }
        return minutes;
    }

    private static void writeVolumes(DataOutputStream out, SessionVolumes s) throws IOException {
        out.writeInt((int) s.session().toEpochDay());
        double[] perMinute = s.perMinute();
        out.writeInt(perMinute.length);
        for (double v : perMinute) {
            out.writeDouble(v);
        }
    }

    private static SessionVolumes readVolumes(DataInputStream in) throws IOException {
        LocalDate session = LocalDate.ofEpochDay(in.readInt());
        double[] perMinute = new double[in.readInt()];
        for (int i = 0; i < perMinute.length; i++) {
            perMinute[i] = in.readDouble();
        }
        return new SessionVolumes(session, perMinute);
    }
}
