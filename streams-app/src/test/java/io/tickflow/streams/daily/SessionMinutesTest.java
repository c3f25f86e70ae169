package io.tickflow.streams.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.SessionTotals;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class SessionMinutesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final long T0 = 1_709_562_600_000_000_000L; // 2024-03-04 09:30 New York, ns
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void minutesGivenInTimeOrderAreHeldInThatOrder() {
        SessionMinutes block = SessionMinutes.EMPTY.with(minute(0, 5.0, 100)).with(minute(1, 5.5, 200));
        assertThat(block.minutes()).containsExactly(minute(0, 5.0, 100), minute(1, 5.5, 200));
    }

    @Test
    void lateMinuteIsInsertedInItsPlace() {
        SessionMinutes block = SessionMinutes.EMPTY.with(minute(0, 5.0, 100)).with(minute(2, 6.0, 10))
                .with(minute(1, 5.5, 200));
        assertThat(block.minutes()).extracting(MinuteBar::windowStartNanos)
                .containsExactly(T0, T0 + MINUTE, T0 + 2 * MINUTE);
    }

    @Test
    void correctedMinuteReplacesTheOneWithTheSameStart() {
        SessionMinutes block = SessionMinutes.EMPTY.with(minute(0, 5.0, 100)).with(minute(1, 5.5, 200))
                .with(minute(0, 5.0, 40));
        assertThat(block.size()).isEqualTo(2);
        assertThat(block.minutes().get(0).volume()).isEqualTo(40.0);
    }

    @Test
    void totalsAreTheSessionTotalsOfTheMinutesInOrder() {
        SessionMinutes block = SessionMinutes.EMPTY.with(minute(1, 5.5, 200)).with(minute(0, 5.0, 40));
        // vol 40 + 200 = 240; dollars 5.0×40 + 5.5×200 = 1300; close 5.5 (the later minute)
        assertThat(block.totals(DAY)).isEqualTo(new SessionTotals(DAY, 5.5, T0 + MINUTE, 240, 1300, 2));
        assertThat(SessionMinutes.EMPTY.totals(DAY)).isNull();
    }

    @Test
    void storedFormKeepsAnAbsentVwapApartFromAPresentOne() {
        Serde<SessionMinutes> serde = SessionMinutes.serde();
        SessionMinutes block = SessionMinutes.EMPTY.with(minute(0, 5.0, 100))
                .with(new MinuteBar(T0 + MINUTE, 5.5, 200, 5.25));
        byte[] stored = serde.serializer().serialize("t", block);
        assertThat(stored).hasSize(1 + 2 * 33); // version byte + 33 bytes per minute
        assertThat(serde.deserializer().deserialize("t", stored).minutes())
                .containsExactly(minute(0, 5.0, 100), new MinuteBar(T0 + MINUTE, 5.5, 200, 5.25));
    }

    @Test
    void unknownFormatIsRefusedNamingTheVersion() {
        Serde<SessionMinutes> serde = SessionMinutes.serde();
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {9}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown session minutes format 9");
    }

    private static MinuteBar minute(int index, double close, double volume) {
        return new MinuteBar(T0 + index * MINUTE, close, volume, null);
    }
}
