package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.SessionVolumes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        KeyValueStore<String, SessionMinutes> minutes = minutesStore();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, minutes);
        volumes.putMinuteVolume("AB", 0, 100.0);
        volumes.putMinuteVolume("AB", 2, 300.0);
        volumes.putMinuteVolume("ABC", 1, 7.0);

        assertThat(volumes.takeMinuteVolumes("AB", 4)).containsExactly(100.0, 0.0, 300.0, 0.0);
        assertThat(volumes.takeMinuteVolumes("AB", 4)).containsExactly(0.0, 0.0, 0.0, 0.0); // removed
        assertThat(minutes.get("AB")).isNull();
        assertThat(volumes.takeMinuteVolumes("ABC", 2)).containsExactly(0.0, 7.0);
    }

    @Test
    void aTickersMinutesAreOneKeyHoldingEveryMinuteSoFar() {
        KeyValueStore<String, SessionMinutes> minutes = minutesStore();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, minutes);
        volumes.putMinuteVolume("AB", 0, 100.0);
        volumes.putMinuteVolume("AB", 3, 400.0);
        volumes.putMinuteVolume("AB", 3, 450.0); // replaced

        assertThat(minutes.approximateNumEntries()).isEqualTo(1);
        assertThat(volumesOf(minutes.get("AB"))).containsExactly(0, 100.0, 3, 450.0);
    }

    @Test
    void aStoredValueDoesNotChangeWithLaterMinutes() {
        Map<String, SessionMinutes> written = new HashMap<>();
        KeyValueStore<String, SessionMinutes> store = minutesStore();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, recordingPuts(store, written));
        volumes.putMinuteVolume("AB", 0, 100.0);
        SessionMinutes first = written.get("AB"); // a write-behind store holds this object, unserialized

        volumes.putMinuteVolume("AB", 1, 200.0);

        assertThat(volumesOf(first)).containsExactly(0, 100.0);
    }

    @Test
    void aTickersMinutesAreReadFromTheStoreOnceThenHeld() {
        KeyValueStore<String, SessionMinutes> minutes = minutesStore();
        AtomicInteger reads = new AtomicInteger();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, counting(minutes, "get", reads));
        volumes.putMinuteVolume("AB", 1, 10.0); // read once
        volumes.takeMinuteVolumes("AB", 4);
        volumes.putMinuteVolume("AB", 0, 100.0);

        assertThat(volumes.takeMinuteVolumes("AB", 4)).containsExactly(100.0, 0.0, 0.0, 0.0);
        assertThat(reads).hasValue(1);
        assertThat(minutes.approximateNumEntries()).isZero();
    }

    @Test
    void aRevivedTaskReadsTheMinutesItHasNotSeenFromTheStore() {
        KeyValueStore<String, SessionMinutes> minutes = minutesStore();
        StoreVolumeHistories before = new StoreVolumeHistories(null, minutes);
        before.takeMinuteVolumes("AB", 3);
        before.putMinuteVolume("AB", 2, 30.0);

        StoreVolumeHistories revived = new StoreVolumeHistories(null, minutes);
        revived.putMinuteVolume("AB", 0, 5.0);

        assertThat(revived.takeMinuteVolumes("AB", 3)).containsExactly(5.0, 0.0, 30.0);
    }

    @Test
    void clearingTheCacheForgetsTheMinutesHeldSoTheStoreIsReadAgain() {
        KeyValueStore<String, SessionMinutes> minutes = minutesStore();
        AtomicInteger reads = new AtomicInteger();
        StoreVolumeHistories volumes = new StoreVolumeHistories(null, counting(minutes, "get", reads));
        volumes.takeMinuteVolumes("AB", 2);

        volumes.clearCache();
        volumes.takeMinuteVolumes("AB", 2);

        assertThat(reads).hasValue(2);
    }

    private static KeyValueStore<String, SessionMinutes> minutesStore() {
        KeyValueStore<String, SessionMinutes> minutes = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(AlertsTopology.MINUTES_STORE), Serdes.String(),
                AlertStateSerdes.sessionMinutes()).withLoggingDisabled().build();
        minutes.init(new MockProcessorContext<>().getStateStoreContext(), minutes);
        return minutes;
    }

    /** The recorded minutes of {@code s} as index, volume, index, volume, ... */
    private static List<Object> volumesOf(SessionMinutes s) {
        List<Object> out = new ArrayList<>();
        s.forEach((minuteIndex, volume) -> {
            out.add(minuteIndex);
            out.add(volume);
        });
        return out;
    }

    /** {@code store}, keeping the last value object put per key in {@code written}. */
    @SuppressWarnings("unchecked")
    private static KeyValueStore<String, SessionMinutes> recordingPuts(KeyValueStore<String, SessionMinutes> store,
                                                                     Map<String, SessionMinutes> written) {
        return (KeyValueStore<String, SessionMinutes>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("put")) {
                        written.put((String) args[0], (SessionMinutes) args[1]);
                    }
                    return invoke(store, method, args);
                });
    }

    /** {@code store}, counting its calls of {@code methodName}. */
    @SuppressWarnings("unchecked")
    private static <V> KeyValueStore<String, V> counting(KeyValueStore<String, V> store, String methodName,
                                                         AtomicInteger calls) {
        return (KeyValueStore<String, V>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals(methodName)) {
                        calls.incrementAndGet();
                    }
                    return invoke(store, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
