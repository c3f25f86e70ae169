package io.tickflow.streams.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.bars.HardenedThreshold;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.ImbalanceBarState;
import io.tickflow.core.bars.OhlcvAccumulator;
import io.tickflow.core.bars.PendingTrade;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.tickrule.TickRule;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class TickerBarsStateSerdeTest {
    private static final Serde<StoredTickerBars> SERDE = TickerBarsStateSerde.serde();
    private static final OhlcvAccumulator BAR = new OhlcvAccumulator(1, 2, 10, 11, 9, 10.5, 300, 100, 3, 3150);

    private static TickerBarsState state(double absWindowNumerator, HardenedThreshold hardened) {
        ImbalanceBarState bars = new ImbalanceBarState(BAR, new TickRule(10.5, 1), 42.5, 800, 1.25, List.of(700L, 900L),
                12_000, 7, 3.5, absWindowNumerator, hardened);
        return new TickerBarsState(LocalDate.of(2013, 10, 7), false, bars, List.of(40_000L), 2,
                List.of(new PendingTrade(3, 10.25, 100)));
    }

    @Test
    void roundTripsTheHardenedThresholdAndTheOpenBlock() {
        TickerBarsState state = state(17.5, new HardenedThreshold(850, 6.5, 2.25));
        double[] openBlock = {1.5, -2.25, 0};

        StoredTickerBars read = roundTrip(new StoredTickerBars(state, openBlock));

        assertThat(read.bars()).isEqualTo(state);
        assertThat(read.openBlock()).containsExactly(1.5, -2.25, 0);
    }

    @Test
    void roundTripsAStateBeforeTheTickersFirstTrade() {
        TickerBarsState initial = TickerBarsState.initial(ImbalanceBarSettings.defaults());

        StoredTickerBars read = roundTrip(new StoredTickerBars(initial, new double[0]));

        assertThat(read.bars()).isEqualTo(initial);
        assertThat(read.openBlock()).isEmpty();
    }

    @Test
    void readsVersion3StatesWithoutAnOpenBlock() throws IOException {
        TickerBarsState expected = state(17.5, new HardenedThreshold(850, 6.5, 2.25));

        StoredTickerBars read = SERDE.deserializer().deserialize("t", version3Bytes(expected));

        assertThat(read.bars()).isEqualTo(expected);
        assertThat(read.openBlock()).isNull(); // the version-3 history store holds the open block
    }

    @Test
    void readsVersion2StatesWithoutTheHardenedThreshold() throws IOException {
        TickerBarsState expected = state(Double.NaN, HardenedThreshold.NONE);

        StoredTickerBars read = SERDE.deserializer().deserialize("t", version2Bytes(expected));

        assertThat(read.bars()).isEqualTo(expected);
        assertThat(read.openBlock()).isNull();
    }

    @Test
    void refusesAnUnknownVersion() {
        assertThatThrownBy(() -> SERDE.deserializer().deserialize("t", new byte[] {9, 0}))
                .hasMessageContaining("unknown bar state format 9");
    }

    private static StoredTickerBars roundTrip(StoredTickerBars value) {
        return SERDE.deserializer().deserialize("t", SERDE.serializer().serialize("t", value));
    }

    /** The layout of version 3: version 2's, the bar state ending with E|imb|'s numerator and the threshold. */
    private static byte[] version3Bytes(TickerBarsState s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(3);
        writeVersion2Fields(out, s, true);
        return bytes.toByteArray();
    }

    /** The layout before version 3: the bar state ends with the window numerator. */
    private static byte[] version2Bytes(TickerBarsState s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(2);
        writeVersion2Fields(out, s, false);
        return bytes.toByteArray();
    }

    private static void writeVersion2Fields(DataOutputStream out, TickerBarsState s, boolean withThreshold)
            throws IOException {
        out.writeLong(s.session().toEpochDay());
        out.writeBoolean(s.closed());
        ImbalanceBarState b = s.bars();
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
        for (double d : new double[] {b.theta(), b.expTicks(), b.expImbalance()}) {
            out.writeDouble(d);
        }
        writeLongs(out, b.recentBarTicks());
        out.writeLong(b.tradeCount());
        out.writeLong(b.nextSeq());
        out.writeDouble(b.windowNumerator());
        if (withThreshold) {
            out.writeDouble(b.absWindowNumerator());
            out.writeDouble(b.hardened().anchorTicks());
            out.writeDouble(b.hardened().kappa());
            out.writeDouble(b.hardened().expAbsImbalance());
        }
        writeLongs(out, s.trailingSessionTrades());
        out.writeLong(s.maxSeenNanos());
        out.writeInt(s.pending().size());
        for (PendingTrade t : s.pending()) {
            out.writeLong(t.tsNanos());
            out.writeDouble(t.price());
            out.writeDouble(t.size());
        }
    }

    private static void writeLongs(DataOutputStream out, List<Long> values) throws IOException {
        out.writeInt(values.size());
        for (long v : values) {
            out.writeLong(v);
        }
    }
}
