package io.tickflow.streams.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.streams.testing.PlainAvroSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the daily stage sends rows: once per emit interval (the commit interval), or when the next session starts. */
class DailyRowsSentPerIntervalTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 4);
    private static final Duration EMIT = Duration.ofSeconds(1);
    private static final DailyMetricsTopology.TopicSerdes SERDES = new DailyMetricsTopology.TopicSerdes(
            new PlainAvroSerde<>(Bar.class), new PlainAvroSerde<>(Trade.class),
            new PlainAvroSerde<>(DailyMetrics.class), new PlainAvroSerde<>(InfoRichFlag.class),
            new PlainAvroSerde<>(DeadLetter.class), new PlainAvroSerde<>(Split.class),
            new PlainAvroSerde<>(MarketCap.class));

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Bar> bars;
    private TestOutputTopic<String, DailyMetrics> metrics;
    private TestOutputTopic<String, InfoRichFlag> flags;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    private void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "daily-emit-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, EMIT.toMillis());
        var settings = new DailyMetricsTopology.Settings(SessionScope.REGULAR, Duration.ofMinutes(5),
                InfoRichRules.defaults());
        driver = new TopologyTestDriver(DailyMetricsTopology.build(settings, SERDES), props);
        bars = driver.createInputTopic(Topics.BARS_1M.name(), Serdes.String().serializer(), SERDES.bars().serializer());
        metrics = driver.createOutputTopic(Topics.DAILY_METRICS.name(), Serdes.String().deserializer(),
                SERDES.metrics().deserializer());
        flags = driver.createOutputTopic(Topics.INFO_RICH.name(), Serdes.String().deserializer(),
                SERDES.flags().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Serdes.String().deserializer(),
                SERDES.deadLetters().deserializer());
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void minutesOfOneIntervalMakeOneRowAndOneFlag() {
        start();
        pipe("ABC", DAY0, "09:30", 5.0, 100);
        pipe("ABC", DAY0, "09:31", 5.5, 200);
        pipe("ABC", DAY0, "09:32", 6.0, 300);
        assertThat(metrics.isEmpty()).isTrue();
        driver.advanceWallClockTime(EMIT);
        List<DailyMetrics> rows = metrics.readValuesToList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.getMinutes()).isEqualTo(3);
            assertThat(r.getVolD()).isEqualTo(600.0); // 100 + 200 + 300
        });
        assertThat(flags.readValuesToList()).hasSize(1);
    }

    @Test
    void intervalWithoutNewMinutesSendsNothing() {
        start();
        pipe("ABC", DAY0, "09:30", 5.0, 100);
        driver.advanceWallClockTime(EMIT);
        metrics.readValuesToList();
        driver.advanceWallClockTime(EMIT);
        assertThat(metrics.isEmpty()).isTrue();
    }

    @Test
    void nextSessionSendsTheRowOfTheSessionBeforeAtOnce() {
        start();
        pipe("ABC", DAY0, "09:30", 5.0, 100);
        pipe("ABC", DAY0, "15:59", 5.5, 200);
        pipe("ABC", DAY0.plusDays(1), "09:30", 6.0, 10);
        assertThat(metrics.readValuesToList()).singleElement().satisfies(r -> {
            assertThat(r.getDate()).isEqualTo(DAY0);
            assertThat(r.getVolD()).isEqualTo(300.0); // 100 + 200: the final row of DAY0
        });
        driver.advanceWallClockTime(EMIT);
        assertThat(metrics.readValuesToList()).singleElement()
                .satisfies(r -> assertThat(r.getDate()).isEqualTo(DAY0.plusDays(1)));
    }

    @Test
    void unsentMarkIsStateThatARestartedProcessorFindsInTheStore() {
        start();
        pipe("ABC", DAY0, "09:30", 5.0, 100);
        KeyValueStore<String, DailyTickerState> stored = driver.getKeyValueStore(DailyMetricsTopology.HISTORY_STORE);
        // what a restore from the changelog brings back, and what init() reads to send the rows
        assertThat(stored.get("ABC").unsentFrom()).isEqualTo(DAY0);
        assertThat(new TickerStates(stored).withUnsentRows()).containsExactly("ABC");
        driver.advanceWallClockTime(EMIT);
        assertThat(stored.get("ABC").unsentFrom()).isNull();
        assertThat(new TickerStates(stored).withUnsentRows()).isEmpty();
    }

    @Test
    void correctionOfASessionWhoseMinutesAreNotAllHeldGoesToDeadLetter() {
        start();
        pipe("ABC", DAY0, "09:30", 5.0, 100);
        pipe("ABC", DAY0, "09:31", 5.5, 200);
        // as after an upgrade from the per-minute window store: the session's minutes are not held
        minutesStore().delete(DailyMetricsProcessor.minutesKey("ABC", DAY0));
        pipe("ABC", DAY0, "09:30", 5.0, 40);
        assertThat(deadLetters.readValuesToList()).singleElement()
                .satisfies(l -> assertThat(l.getReason()).contains("whose minutes are not all held"));
        driver.advanceWallClockTime(EMIT);
        assertThat(metrics.readValuesToList()).singleElement()
                .satisfies(r -> assertThat(r.getVolD()).isEqualTo(300.0)); // the correction did not apply
    }

    @Test
    void minutesOfAFinalSessionAreSweptFromTheStore() {
        start();
        pipe("ABC", DAY0, "09:30", 5.0, 100);
        assertThat(minutesStore().get(DailyMetricsProcessor.minutesKey("ABC", DAY0))).isNotNull();
        pipe("XYZ", DAY0, "17:00", 7.0, 1); // stream time 17:00: past 16:00 + 5 min grace, an hour on
        pipe("XYZ", DAY0, "18:00", 7.0, 1);
        assertThat(minutesStore().get(DailyMetricsProcessor.minutesKey("ABC", DAY0))).isNull();
    }

    private KeyValueStore<String, SessionMinutes> minutesStore() {
        return driver.getKeyValueStore(DailyMetricsTopology.SESSION_MINUTES_STORE);
    }

    private void pipe(String ticker, LocalDate date, String nyTime, double close, double volume) {
        long start = SessionClock.epochNanos(date, LocalTime.parse(nyTime));
        bars.pipeInput(ticker, Bar.newBuilder().setTicker(ticker).setWindowStart(start).setOpen(close).setHigh(close)
                .setLow(close).setClose(close).setVolume(volume).setVwap(null).setTransactions(null).setSource(null)
                .build(), start / 1_000_000L);
    }
}
