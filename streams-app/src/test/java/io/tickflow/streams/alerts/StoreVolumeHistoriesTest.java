package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.SessionVolumes;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class StoreVolumeHistoriesTest {
    @Test
    void historyKeyPadsTheEpochDayToEightDigitsAsTheFormattedKeysDid() {
        // 2024-01-02 is epoch day 19,724 → "00019724"; 1970-01-01 is day 0 → "00000000"
        assertThat(StoreVolumeHistories.historyKey("AAPL", new SessionVolumes(LocalDate.of(2024, 1, 2), new double[0])))
                .isEqualTo("AAPL\u000000019724");
        assertThat(StoreVolumeHistories.historyKey("A", new SessionVolumes(LocalDate.EPOCH, new double[0])))
                .isEqualTo("A\u000000000000");
    }

    @Test
    void historyKeyEqualsTheStringFormatFormOverCenturiesOfDays() {
        for (LocalDate d = LocalDate.EPOCH; d.getYear() < 2300; d = d.plusDays(37)) {
            SessionVolumes s = new SessionVolumes(d, new double[0]);
            assertThat(StoreVolumeHistories.historyKey("T", s)).isEqualTo("T\u0000" + String.format("%08d", d.toEpochDay()));
        }
    }

    @Test
    void takeMinuteVolumesGivesTheTickersMinutesAndRemovesThemOnly() {
        KeyValueStore<String, Double> minutes = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(AlertsTopology.MINUTES_STORE), Serdes.String(),
                AlertStateSerdes.minuteVolume()).withLoggingDisabled().build();
        minutes.init(new MockProcessorContext<>().getStateStoreContext(), minutes);
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, minutes);
        volumes.putMinuteVolume("AB", 0, 100.0);
        volumes.putMinuteVolume("AB", 2, 300.0);
        volumes.putMinuteVolume("ABC", 1, 7.0); // "AB" NUL is not a prefix of "ABC" NUL

        assertThat(volumes.takeMinuteVolumes("AB", 4)).containsExactly(100.0, 0.0, 300.0, 0.0);
        assertThat(volumes.takeMinuteVolumes("AB", 4)).containsExactly(0.0, 0.0, 0.0, 0.0); // removed
        assertThat(minutes.approximateNumEntries()).isEqualTo(1);
        assertThat(volumes.takeMinuteVolumes("ABC", 2)).containsExactly(0.0, 7.0);
    }
}
