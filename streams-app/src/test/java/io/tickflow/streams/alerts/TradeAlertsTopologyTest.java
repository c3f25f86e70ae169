package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertKind;
import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.alerts.InMemoryTradeAlertStore;
import io.tickflow.core.alerts.TradeAlerts;
import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.bars.BarRecords;
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
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alerts stage over trades: the same alerts as the batch path, in any per-ticker-preserving order, and on restart. */
class TradeAlertsTopologyTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 4);
    private static final List<String> TICKERS = List.of("AAA", "BBB", "CCC");
    private static final int[] SECONDS = {5, 25, 45};
    /** Cheap dollar volume; spikes need 2 prior sessions, gaps 10%, 5-minute opening range. */
    static final AlertSettings SETTINGS = new AlertSettings(SessionScope.REGULAR,
            new InfoRichRules(2.0, 0.15, 1000, 0.5, 20, 2e9), 5, 2, 0.10, 5);
    private static final AlertsTopology.TopicSerdes SERDES = new AlertsTopology.TopicSerdes(
            new PlainAvroSerde<>(Bar.class), new PlainAvroSerde<>(Trade.class),
            new PlainAvroSerde<>(io.tickflow.schemas.alerts.Alert.class), new PlainAvroSerde<>(DeadLetter.class));

    @TempDir
    Path stateDir;
    private final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void closeDrivers() {
        drivers.forEach(TopologyTestDriver::close);
    }

    @Test
    void timeOrderedAndTickerByTickerStreamsGiveTheBatchAlerts() {
        List<Trade> timeOrdered = syntheticTrades();
        List<Trade> tickerByTicker = new ArrayList<>(timeOrdered);
        tickerByTicker.sort(Comparator.comparing(Trade::getTicker)); // stable: each ticker keeps its order

        List<Alert> batch = batch(timeOrdered);
        assertThat(batch).extracting(Alert::kind).contains(AlertKind.values());
        assertThat(stream(timeOrdered, "a")).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(stream(tickerByTicker, "b")).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void aRestartedProcessorResumesFromTheStoresAndFiresTheSameAlerts() {
        List<Trade> trades = syntheticTrades();
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        List<KeyValueStore<String, ?>> stores = List.of(
                store(AlertsTopology.TRADE_SESSION_STORE, AlertStateSerdes.tradeSession()),
                store(AlertsTopology.HISTORY_STORE, AlertStateSerdes.sessionVolumes()),
                store(AlertsTopology.MINUTES_STORE, AlertStateSerdes.sessionMinutes()));
        stores.forEach(s -> {
            s.init(context.getStateStoreContext(), s);
            context.addStateStore(s);
        });
        int half = trades.size() / 2 + 7; // mid-session, mid-minute
        TradeAlertsProcessor first = new TradeAlertsProcessor(new TradeAlerts(SETTINGS));
        first.init(context);
        trades.subList(0, half).forEach(t -> first.process(new org.apache.kafka.streams.processor.api.Record<>(
                t.getTicker(), t, 0L)));
        TradeAlertsProcessor restarted = new TradeAlertsProcessor(new TradeAlerts(SETTINGS));
        restarted.init(context); // a new instance: nothing held in memory, only the stores
        trades.subList(half, trades.size()).forEach(t -> restarted.process(
                new org.apache.kafka.streams.processor.api.Record<>(t.getTicker(), t, 0L)));
        List<Alert> alerts = context.forwarded().stream()
                .map(f -> AlertRecords.fromAvro((io.tickflow.schemas.alerts.Alert) f.record().value())).toList();
        assertThat(alerts).containsExactlyElementsOf(batch(trades));
    }

    @Test
    void aTradeOfAnEarlierMinuteGoesToDeadLetterAndIneligibleOnesAreSkipped() {
        Driver d = new Driver("dl");
        d.trades.pipeInput("AAA", trade("AAA", DAY0, 1, 5, 10, 100, List.of()));
        d.trades.pipeInput("AAA", trade("AAA", DAY0, 0, 5, 10, 100, List.of()));
        d.trades.pipeInput("AAA", trade("AAA", DAY0, 0, 6, 10, 100, List.of(2))); // average price: not counted
        assertThat(d.deadLetters.readValuesToList()).singleElement()
                .satisfies(l -> assertThat(l.getReason()).contains("before the ticker's current minute 1"));
    }

    @Test
    void alertsCarryTheHeadersOfTheTradeThatFiredThem() {
        Driver d = new Driver("headers");
        d.trades.pipeInput("AAA", trade("AAA", DAY0, 0, 5, 10, 100, List.of())); // opening range high 10
        RecordHeaders headers = new RecordHeaders();
        headers.add("sent-nanos", new byte[] {1, 2, 3});
        // 09:36:05, after the 5-minute opening range: 10.5 > 10
        d.trades.pipeInput(new TestRecord<>("AAA", trade("AAA", DAY0, 6, 5, 10.5, 100, List.of()), headers));
        TestRecord<String, io.tickflow.schemas.alerts.Alert> out = d.alerts.readRecord();
        assertThat(out.value().getKind()).isEqualTo("opening_range_breakout");
        assertThat(out.value().getEventTs()).isEqualTo(SessionClock.epochNanos(DAY0, LocalTime.of(9, 36, 5)));
        assertThat(out.headers().lastHeader("sent-nanos").value()).containsExactly(1, 2, 3);
    }

    private List<Alert> stream(List<Trade> trades, String name) {
        Driver d = new Driver(name);
        trades.forEach(t -> d.trades.pipeInput(t.getTicker(), t, t.getSipTs() / 1_000_000L));
        assertThat(d.deadLetters.isEmpty()).isTrue();
        return d.alerts.readValuesToList().stream().map(AlertRecords::fromAvro).toList();
    }

    /** What {@code tickflow batch alerts} does with trades: the eligible ones, in order, through core. */
    static List<Alert> batch(List<Trade> trades) {
        TradeAlerts alerts = new TradeAlerts(SETTINGS);
        InMemoryTradeAlertStore store = new InMemoryTradeAlertStore();
        List<Alert> out = new ArrayList<>();
        for (Trade t : trades) {
            if (BarRecords.eligibility(t, SETTINGS.scope()) == BarEligibility.ELIGIBLE) {
                out.addAll(alerts.onTrade(store, t.getTicker(), t.getSipTs(), t.getPrice(), t.getSize()).alerts());
            }
        }
        return out;
    }

    /**
     * 14 sessions × 20 minutes × 3 trades × 3 tickers, in time order, plus one pre-market trade and one average-price
     * print per session (neither counts). On session 10 every ticker opens 30% up (gap); on session 12 minute 10 has
     * 20× volume (spike) and the price is 20% up with triple volume from minute 2 on (info-rich once 10 sessions
     * exist); prices rise through each session (breakouts).
     */
    static List<Trade> syntheticTrades() {
        List<Trade> out = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            LocalDate day = DAY0.plusDays(d);
            for (int m = 0; m < 20; m++) {
                for (int s : SECONDS) {
                    for (int t = 0; t < TICKERS.size(); t++) {
                        double price = (5 + t + 0.01 * m + 0.001 * s) * (d == 10 ? 1.3 : 1) * (d == 12 && m >= 2 ? 1.2 : 1);
                        double size = (30 + (t * 7 + m * 3 + s) % 20) * (d == 12 && m == 10 ? 20 : 1) * (d == 12 && m >= 2 ? 3 : 1);
                        out.add(trade(TICKERS.get(t), day, m, s, price, size, List.of()));
                    }
                }
            }
            out.add(trade("AAA", day, -1, 0, 99, 1, List.of())); // 09:29:00: outside the regular session
            out.add(trade("BBB", day, 19, 59, 99, 1e6, List.of(2))); // average price: not a market print
        }
        out.sort(Comparator.comparingLong(Trade::getSipTs));
        return out;
    }

    static Trade trade(String ticker, LocalDate day, int minute, int second, double price, double size,
                       List<Integer> conditions) {
        long ts = SessionClock.epochNanos(day, LocalTime.of(9, 30).plusMinutes(minute).plusSeconds(second));
        return Trade.newBuilder().setTicker(ticker).setSipTs(ts).setPrice(price).setSize(size)
                .setConditions(conditions).build();
    }

    private static <V> KeyValueStore<String, V> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
    }

    private final class Driver {
        final TestInputTopic<String, Trade> trades;
        final TestOutputTopic<String, io.tickflow.schemas.alerts.Alert> alerts;
        final TestOutputTopic<String, DeadLetter> deadLetters;

        Driver(String name) {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "trade-alerts-test-" + name);
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
            TopologyTestDriver driver = new TopologyTestDriver(
                    AlertsTopology.build(SETTINGS, AlertsTopology.Input.TRADES, SERDES), props);
            drivers.add(driver);
            trades = driver.createInputTopic(Topics.TRADES.name(), Serdes.String().serializer(), SERDES.trades().serializer());
            alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(),
                    SERDES.alerts().deserializer());
            deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Serdes.String().deserializer(),
                    SERDES.deadLetters().deserializer());
        }
    }
}
