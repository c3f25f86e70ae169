package io.tickflow.streams.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.TickerSessionHistory;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class DailyStateSerdesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final SessionTotals TOTALS = new SessionTotals(DAY, 5.5, 123_456_789L, 240, 1300, 2);
    private final Serde<DailyTickerState> serde = DailyStateSerdes.tickerState();

    @Test
    void stateWithUnsentRowsReadsBackEqual() {
        DailyTickerState state = new DailyTickerState(new TickerSessionHistory(List.of(TOTALS)), DAY);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", state))).isEqualTo(state);
    }

    @Test
    void stateWithEveryRowSentReadsBackEqual() {
        DailyTickerState state = new DailyTickerState(new TickerSessionHistory(List.of(TOTALS)), null);
        byte[] stored = serde.serializer().serialize("t", state);
        assertThat(stored).hasSize(1 + 4 + 40 + 4); // version, count, one session of 40 bytes, first unsent
        assertThat(serde.deserializer().deserialize("t", stored)).isEqualTo(state);
    }

    @Test
    void historyWrittenInFormatOneReadsAsAStateWithEveryRowSent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) { // format 1, as the stage wrote it before
            out.writeByte(1);
            out.writeInt(1);
            out.writeInt((int) DAY.toEpochDay());
            out.writeDouble(5.5);
            out.writeLong(123_456_789L);
            out.writeDouble(240);
            out.writeDouble(1300);
            out.writeInt(2);
        }
        assertThat(serde.deserializer().deserialize("t", bytes.toByteArray()))
                .isEqualTo(new DailyTickerState(new TickerSessionHistory(List.of(TOTALS)), null));
    }

    @Test
    void unknownFormatIsRefusedNamingTheVersion() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {7, 0, 0, 0, 0}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown daily state format 7");
    }
}
