package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.SessionVolumes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void aRollAfterTheFirstTakesTheMinutesFromMemoryAndStillDeletesTheirKeys() {
        KeyValueStore<String, Double> minutes = minutesStore();
        AtomicInteger scans = new AtomicInteger();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, countingScans(minutes, scans));
        volumes.putMinuteVolume("AB", 1, 10.0);
        volumes.takeMinuteVolumes("AB", 4); // first roll: the minutes are read from the store
        assertThat(scans).hasValue(1);

        volumes.putMinuteVolume("AB", 0, 100.0);
        volumes.putMinuteVolume("AB", 3, 400.0);
        volumes.putMinuteVolume("AB", 3, 450.0); // replaced

        assertThat(volumes.takeMinuteVolumes("AB", 4)).containsExactly(100.0, 0.0, 0.0, 450.0);
        assertThat(scans).hasValue(1);
        assertThat(minutes.approximateNumEntries()).isZero();
    }

    @Test
    void aRevivedTaskReadsTheMinutesItHasNotSeenFromTheStore() {
        KeyValueStore<String, Double> minutes = minutesStore();
        StoreVolumeHistories before = new StoreVolumeHistories(null, minutes);
        before.takeMinuteVolumes("AB", 3); // known whole from here
        before.putMinuteVolume("AB", 2, 30.0);

        StoreVolumeHistories revived = new StoreVolumeHistories(null, minutes);
        revived.putMinuteVolume("AB", 0, 5.0);

        assertThat(revived.takeMinuteVolumes("AB", 3)).containsExactly(5.0, 0.0, 30.0);
    }

    @Test
    void clearingTheCacheForgetsTheMinutesHeldSoTheStoreIsReadAgain() {
        KeyValueStore<String, Double> minutes = minutesStore();
        AtomicInteger scans = new AtomicInteger();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, countingScans(minutes, scans));
        volumes.takeMinuteVolumes("AB", 2);

        volumes.clearCache();
        volumes.takeMinuteVolumes("AB", 2);

        assertThat(scans).hasValue(2);
    }

    private static KeyValueStore<String, Double> minutesStore() {
        KeyValueStore<String, Double> minutes = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(AlertsTopology.MINUTES_STORE), Serdes.String(),
                AlertStateSerdes.minuteVolume()).withLoggingDisabled().build();
        minutes.init(new MockProcessorContext<>().getStateStoreContext(), minutes);
        return minutes;
    }

    /** {@code store}, counting its prefix scans. */
    @SuppressWarnings("unchecked")
    private static KeyValueStore<String, Double> countingScans(KeyValueStore<String, Double> store,
                                                               AtomicInteger scans) {
        return (KeyValueStore<String, Double>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prefixScan")) {
                        scans.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
