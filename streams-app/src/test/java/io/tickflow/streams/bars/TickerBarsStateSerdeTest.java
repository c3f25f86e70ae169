package io.tickflow.streams.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.bars.HardenedThreshold;
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
    private static final Serde<TickerBarsState> SERDE = TickerBarsStateSerde.serde();
    private static final OhlcvAccumulator BAR = new OhlcvAccumulator(1, 2, 10, 11, 9, 10.5, 300, 100, 3, 3150);

    private static TickerBarsState state(double absWindowNumerator, HardenedThreshold hardened) {
        ImbalanceBarState bars = new ImbalanceBarState(BAR, new TickRule(10.5, 1), 42.5, 800, 1.25, List.of(700L, 900L),
                12_000, 7, 3.5, absWindowNumerator, hardened);
        return new TickerBarsState(LocalDate.of(2013, 10, 7), false, bars, List.of(40_000L), 2,
                List.of(new PendingTrade(3, 10.25, 100)));
    }

    @Test
    void roundTripsTheHardenedThreshold() {
        TickerBarsState state = state(17.5, new HardenedThreshold(850, 6.5, 2.25));

        assertThat(SERDE.deserializer().deserialize("t", SERDE.serializer().serialize("t", state))).isEqualTo(state);
    }

    @Test
    void readsVersion2StatesWithoutTheHardenedThreshold() throws IOException {
        TickerBarsState expected = state(Double.NaN, HardenedThreshold.NONE);

        assertThat(SERDE.deserializer().deserialize("t", version2Bytes(expected))).isEqualTo(expected);
    }

    @Test
    void refusesAnUnknownVersion() {
        assertThatThrownBy(() -> SERDE.deserializer().deserialize("t", new byte[] {9, 0}))
                .hasMessageContaining("unknown bar state format 9");
    }

    /** The layout before version 3: the bar state ends with the window numerator. */
    private static byte[] version2Bytes(TickerBarsState s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(2);
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
        writeLongs(out, s.trailingSessionTrades());
        out.writeLong(s.maxSeenNanos());
        out.writeInt(s.pending().size());
        for (PendingTrade t : s.pending()) {
            out.writeLong(t.tsNanos());
            out.writeDouble(t.price());
            out.writeDouble(t.size());
        }
        return bytes.toByteArray();
    }

    private static void writeLongs(DataOutputStream out, List<Long> values) throws IOException {
        out.writeInt(values.size());
        for (long v : values) {
            out.writeLong(v);
        }
    }
}
