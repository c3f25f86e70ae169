package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.TradeSessionState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlertStateSerdesTest {
    private static final TradeSessionState STATE = new TradeSessionState(LocalDate.of(2024, 3, 4),
            1_709_562_600_000_000_000L, 9.87, 1234.5, 12_345.67, 10.01, 1_709_562_612_000_000_001L, 3, 77.5, 10.5, 0b101);

    @Test
    void theFastTradeSessionWriterWritesTheBinaryStateSerdeBytesByteForByte() {
        byte[] fast = AlertStateSerdes.tradeSession().serializer().serialize("t", STATE);
        byte[] reference = AlertStateSerdes.tradeSessionStreamForm().serializer().serialize("t", STATE);
        assertThat(fast).hasSize(78).containsExactly(reference);
        assertThat(AlertStateSerdes.tradeSession().deserializer().deserialize("t", fast)).isEqualTo(STATE);
    }

    @Test
    void aStateWithoutPreviousCloseRoundTrips() {
        TradeSessionState first = TradeSessionState.open(LocalDate.of(2024, 3, 4), 1_709_562_600_000_000_000L, null);
        byte[] fast = AlertStateSerdes.tradeSession().serializer().serialize("t", first);
        assertThat(fast).containsExactly(AlertStateSerdes.tradeSessionStreamForm().serializer().serialize("t", first));
        assertThat(AlertStateSerdes.tradeSession().deserializer().deserialize("t", fast)).isEqualTo(first);
    }
}
