package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void sessionMinutesRoundTripInFivePlusTwelveBytesAMinute() {
        SessionMinutes minutes = new SessionMinutes();
        minutes.put(0, 1500.0);
        minutes.put(389, 2.5);
        byte[] bytes = AlertStateSerdes.sessionMinutes().serializer().serialize("t", minutes);

        SessionMinutes read = AlertStateSerdes.sessionMinutes().deserializer().deserialize("t", bytes);

        assertThat(bytes).hasSize(5 + 2 * 12); // version, count, then (index int, volume double) per minute
        assertThat(read.count()).isEqualTo(2);
        assertThat(read.nextRecorded(0)).isZero();
        assertThat(read.volume(0)).isEqualTo(1500.0);
        assertThat(read.nextRecorded(1)).isEqualTo(389);
        assertThat(read.volume(389)).isEqualTo(2.5);
    }

    @Test
    void sessionMinutesWithAMinuteOutsideTheDayAreRefused() {
        SessionMinutes minutes = new SessionMinutes();
        minutes.put(7, 1.0);
        byte[] bytes = AlertStateSerdes.sessionMinutes().serializer().serialize("t", minutes);
        bytes[5 + 2] = 0x7f; // the minute index becomes 0x00007f07 = 32,519

        assertThatThrownBy(() -> AlertStateSerdes.sessionMinutes().deserializer().deserialize("t", bytes))
                .hasStackTraceContaining("minute index 32519");
    }
}
