package io.tickflow.streams.shortdata;

import io.tickflow.streams.stores.BinaryStateSerde;
import io.tickflow.core.shortdata.AverageDailyVolume;
import io.tickflow.core.shortdata.FailsRecord;
import io.tickflow.core.shortdata.ShortInterestRecord;
import io.tickflow.core.shortdata.ShortVolumeRecord;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** Binary forms of the short-data stores' values, each starting with a format version byte. */
final class ShortStateSerdes {
    private static final byte VERSION = 1;

    private ShortStateSerdes() {
    }

    static Serde<ShortVolumeRecord> volume() {
        return BinaryStateSerde.of("short-data state", VERSION, (out, v) -> {
            out.writeUTF(v.ticker());
            out.writeInt((int) v.tradeDate().toEpochDay());
            out.writeUTF(v.facility());
            out.writeDouble(v.shortVolume());
            out.writeDouble(v.shortExemptVolume());
            out.writeDouble(v.totalVolume());
            out.writeLong(v.publishedNanos());
        }, in -> new ShortVolumeRecord(in.readUTF(), LocalDate.ofEpochDay(in.readInt()), in.readUTF(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readLong()));
    }

    static Serde<FailsRecord> fails() {
        return BinaryStateSerde.of("short-data state", VERSION, (out, f) -> {
            out.writeUTF(f.ticker());
            out.writeInt((int) f.settlementDate().toEpochDay());
            out.writeUTF(f.cusip());
            out.writeLong(f.quantity());
            writeNullable(out, f.price());
            out.writeLong(f.publishedNanos());
        }, in -> new FailsRecord(in.readUTF(), LocalDate.ofEpochDay(in.readInt()), in.readUTF(), in.readLong(),
                readNullable(in), in.readLong()));
    }

    static Serde<ShortInterestRecord> interest() {
        return BinaryStateSerde.of("short-data state", VERSION, (out, s) -> {
            out.writeUTF(s.ticker());
            out.writeInt((int) s.settlementDate().toEpochDay());
            out.writeDouble(s.shortInterest());
            writeNullable(out, s.previousShortInterest());
            out.writeLong(s.publishedNanos());
        }, in -> new ShortInterestRecord(in.readUTF(), LocalDate.ofEpochDay(in.readInt()), in.readDouble(),
                readNullable(in), in.readLong()));
    }

    static Serde<AverageDailyVolume> averageDailyVolume() {
        return BinaryStateSerde.of("short-data state", VERSION, (out, a) -> {
            out.writeInt(a.sessions().size());
            for (AverageDailyVolume.SessionVolume s : a.sessions()) {
                out.writeInt((int) s.date().toEpochDay());
                out.writeDouble(s.volume());
            }
        }, in -> {
            int n = in.readInt();
            List<AverageDailyVolume.SessionVolume> sessions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sessions.add(new AverageDailyVolume.SessionVolume(LocalDate.ofEpochDay(in.readInt()), in.readDouble()));
            }
            return new AverageDailyVolume(sessions);
        });
    }

    private static void writeNullable(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }
}
