package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertKind;
import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.alerts.InMemoryTickerAlertStore;
import io.tickflow.core.alerts.MinuteAlerts;
import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.testing.PlainAvroSerde;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsTopologyTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 4);
    private static final List<String> TICKERS = List.of("AAA", "BBB", "CCC");
    /** Cheap dollar volume; spikes need 2 prior sessions, gaps 10%, 5-minute opening range. */
    private static final AlertSettings SETTINGS = new AlertSettings(SessionScope.REGULAR,
            new InfoRichRules(2.0, 0.15, 1000, 0.5, 20, 2e9), 5, 2, 0.10, 5);
    private static final AlertsTopology.TopicSerdes SERDES = new AlertsTopology.TopicSerdes(
            new PlainAvroSerde<>(Bar.class), new PlainAvroSerde<>(io.tickflow.schemas.market.Trade.class),
            new PlainAvroSerde<>(io.tickflow.schemas.alerts.Alert.class),
            new PlainAvroSerde<>(DeadLetter.class));

    @TempDir
    Path stateDir;
    private final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void closeDrivers() {
        drivers.forEach(TopologyTestDriver::close);
    }

    @Test
    void timeOrderedAndTickerByTickerReplaysGiveTheBatchAlerts() {
        List<Bar> timeOrdered = syntheticDays();
        List<Bar> tickerByTicker = new ArrayList<>(timeOrdered);
        tickerByTicker.sort(Comparator.comparing(Bar::getTicker)); // stable: each ticker keeps its time order

        List<Alert> batch = batch(timeOrdered);
        assertThat(batch).extracting(Alert::kind).contains(AlertKind.values());
        assertThat(stream(timeOrdered, "a")).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(stream(tickerByTicker, "b")).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void aRepeatedMinuteGoesToDeadLetterWithItsReason() {
        Driver d = new Driver("dl");
        Bar bar = bar("AAA", DAY0, 0, 10, 10, 100);
        d.bars.pipeInput("AAA", bar);
        d.bars.pipeInput("AAA", bar);
        assertThat(d.deadLetters.readValuesToList()).singleElement()
                .satisfies(l -> assertThat(l.getReason()).contains("is not after the ticker's latest minute"));
    }

    @Test
    void alertsCarryTheHeadersOfTheBarThatFiredThem() {
        Driver d = new Driver("headers");
        for (int m = 0; m < 6; m++) { // opening range high 10; minute 5 ties it
            d.bars.pipeInput(new TestRecord<>("AAA", bar("AAA", DAY0, m, 10, 10, 100), new RecordHeaders()));
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("sent-nanos", new byte[] {1, 2, 3});
        // minute 6, after the 5-minute opening range: high 20 breaks out of 10
        d.bars.pipeInput(new TestRecord<>("AAA", bar("AAA", DAY0, 6, 10, 20, 100), headers));
        TestRecord<String, io.tickflow.schemas.alerts.Alert> out = d.alerts.readRecord();
        assertThat(out.value().getKind()).isEqualTo("opening_range_breakout");
        assertThat(out.headers().lastHeader("sent-nanos").value()).containsExactly(1, 2, 3);
    }

    private List<Alert> stream(List<Bar> bars, String name) {
        Driver d = new Driver(name);
        bars.forEach(b -> d.bars.pipeInput(b.getTicker(), b, b.getWindowStart() / 1_000_000L));
        assertThat(d.deadLetters.isEmpty()).isTrue();
        return d.alerts.readValuesToList().stream().map(AlertRecords::fromAvro).toList();
    }

    private static List<Alert> batch(List<Bar> bars) {
        MinuteAlerts alerts = new MinuteAlerts(SETTINGS);
        InMemoryTickerAlertStore store = new InMemoryTickerAlertStore();
        List<Alert> out = new ArrayList<>();
        bars.forEach(b -> out.addAll(alerts.onMinute(store, b.getTicker(), AlertRecords.minuteOf(b)).alerts()));
        return out;
    }

    /**
     * 14 sessions × 20 minutes × 3 tickers, in time order. Each ticker's volume varies by minute; on session 10
     * every ticker opens 30% up (gap), on session 12 minute 10 has 20× volume (spike) and the price is 20% up with
     * triple volume from minute 2 on (info-rich once 10 sessions exist); prices rise through each session (breakouts).
     */
    private static List<Bar> syntheticDays() {
        List<Bar> out = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            for (int m = 0; m < 20; m++) {
                for (int t = 0; t < TICKERS.size(); t++) {
                    double price = (5 + t + 0.01 * m) * (d == 10 ? 1.3 : 1) * (d == 12 && m >= 2 ? 1.2 : 1);
                    double volume = (100 + (t * 7 + m * 3) % 50) * (d == 12 && m == 10 ? 20 : 1) * (d == 12 && m >= 2 ? 3 : 1);
                    out.add(bar(TICKERS.get(t), DAY0.plusDays(d), m, price, price + 0.01 * (m % 7), volume));
                }
            }
        }
        return out;
    }

    private static Bar bar(String ticker, LocalDate day, int minute, double close, double high, double volume) {
        long start = SessionClock.epochNanos(day, LocalTime.of(9, 30).plusMinutes(minute));
        return Bar.newBuilder().setTicker(ticker).setWindowStart(start).setOpen(close).setHigh(Math.max(high, close))
                .setLow(close).setClose(close).setVolume(volume).setVwap(null).setTransactions(null).setSource(null)
                .build();
    }

    private final class Driver {
        final TestInputTopic<String, Bar> bars;
        final TestOutputTopic<String, io.tickflow.schemas.alerts.Alert> alerts;
        final TestOutputTopic<String, DeadLetter> deadLetters;

        Driver(String name) {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test-" + name);
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
            TopologyTestDriver driver = new TopologyTestDriver(AlertsTopology.build(SETTINGS, AlertsTopology.Input.BARS, SERDES), props);
            drivers.add(driver);
            bars = driver.createInputTopic(Topics.BARS_1M.name(), Serdes.String().serializer(), SERDES.bars().serializer());
            alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(),
                    SERDES.alerts().deserializer());
            deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Serdes.String().deserializer(),
                    SERDES.deadLetters().deserializer());
        }
    }
}
