package io.tickflow.streams.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.RingImbalanceHistory;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.testing.PlainAvroSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DibBarsTopologyTest {
    private static final LocalDate DAY1 = LocalDate.of(2024, 3, 8);   // Friday before the DST switch
    private static final LocalDate DAY2 = LocalDate.of(2024, 3, 11);  // Monday after it
    private static final ImbalanceBarSettings BARS = ImbalanceBarSettings.defaults()
            .withExpNumTicksInit(50).withExpTicksRange(20, 200).withTickLimits(10, 400);
    private static final DibBarsTopology.Settings SETTINGS =
            new DibBarsTopology.Settings(BARS, SessionScope.REGULAR, Duration.ofMinutes(5));

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Trade> trades;
    private TestOutputTopic<String, ImbalanceBar> bars;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        startDriver(SETTINGS);
    }

    private void startDriver(DibBarsTopology.Settings settings) {
        var serdes = new DibBarsTopology.TopicSerdes(new PlainAvroSerde<>(Trade.class),
                new PlainAvroSerde<>(ImbalanceBar.class), new PlainAvroSerde<>(DeadLetter.class));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dib-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(DibBarsTopology.build(settings, serdes), props);
        trades = driver.createInputTopic(Topics.TRADES.name(), Serdes.String().serializer(), serdes.trades().serializer());
        bars = driver.createOutputTopic(Topics.BARS_DIB.name(), Serdes.String().deserializer(), serdes.bars().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Serdes.String().deserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void everyEligibleTradeLandsInExactlyOneBarAndEachSessionEndsWithAnIncompleteBar() {
        List<Trade> day1 = session("ABC", DAY1, 3_000, 1);
        List<Trade> day2 = session("ABC", DAY2, 2_000, 2);
        pipe(day1);
        pipe(day2);
        pipe(List.of(trade("ABC", DAY2, LocalTime.of(19, 0), 5.0, 100))); // after hours: moves stream time only

        List<ImbalanceBar> out = bars.readValuesToList();
        assertThat(out.stream().filter(b -> b.getSession().equals(DAY1)).mapToInt(ImbalanceBar::getTicks).sum())
                .isEqualTo(3_000);
        assertThat(out.stream().filter(b -> b.getSession().equals(DAY2)).mapToInt(ImbalanceBar::getTicks).sum())
                .isEqualTo(2_000);
        assertThat(out.stream().filter(b -> !b.getComplete()).map(ImbalanceBar::getSession)).containsExactly(DAY1, DAY2);
        assertSeqIncreasesFromZeroPerSession(out);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void givesTheBarsOfADirectRunOfTheCoreClass() {
        List<Trade> input = new ArrayList<>(session("XYZ", DAY1, 5_000, 7));
        pipe(input);
        pipe(List.of(trade("XYZ", DAY1, LocalTime.of(17, 0), 5.0, 100)));

        assertThat(bars.readValuesToList()).isEqualTo(directRun("XYZ", input));
    }

    @Test
    void sendsATradeOfAnAlreadyClosedSessionToDeadLetterWithItsReason() {
        pipe(session("ABC", DAY2, 500, 3));
        pipe(List.of(trade("ABC", DAY1, LocalTime.of(10, 0), 5.0, 100)));

        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).getReason()).contains("session 2024-03-08").contains("after session 2024-03-11");
        assertThat(letters.get(0).getSource()).isEqualTo("topic trades");
    }

    @Test
    void keepsOneSmallStateRecordPerTicker() {
        pipe(session("ABC", DAY1, 300, 4));
        pipe(session("DEF", DAY1, 300, 5));
        KeyValueStore<String, StoredTickerBars> store = driver.getKeyValueStore(DibBarsTopology.STATE_STORE);
        List<String> keys = new ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        assertThat(keys).containsExactly("ABC", "DEF");
        assertThat(store.get("ABC").bars().session()).isEqualTo(DAY1);
        assertThat(store.get("ABC").bars().bars().tradeCount()).isEqualTo(300);
        assertThat(store.get("ABC").openBlock()).hasSize(300 % StoreImbalanceHistories.BLOCK); // 300 = 9·32 + 12
    }

    @Test
    void liveRunClosesTheSessionOnTheWallClockOnceItsEndPlusGraceHasPassed() {
        MutableClock clock = new MutableClock(SessionClock.epochNanos(DAY1, LocalTime.of(15, 0)));
        driver.close();
        startDriver(SETTINGS.withWallClockClose(new DibBarsTopology.WallClockClose(clock, Duration.ofSeconds(1))));
        List<Trade> input = session("XYZ", DAY1, 5_000, 7);
        pipe(input);
        List<ImbalanceBar> expected = directRun("XYZ", input);
        List<ImbalanceBar> beforeClose = bars.readValuesToList();

        clock.setNanos(SessionClock.epochNanos(DAY1, LocalTime.of(16, 4, 59, 999_000_000))); // 1 ms before end + grace
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(bars.isEmpty()).isTrue();
        clock.setNanos(SessionClock.epochNanos(DAY1, LocalTime.of(16, 5))); // end + grace reached, as on stream time
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        List<ImbalanceBar> sealed = bars.readValuesToList();
        assertThat(sealed).hasSize(1);
        assertThat(sealed.get(0).getComplete()).isFalse();
        List<ImbalanceBar> all = new ArrayList<>(beforeClose);
        all.addAll(sealed);
        assertThat(all).isEqualTo(expected); // the same bars stream time gives, the partial one included
    }

    @Test
    void replayIgnoresTheWallClockSoAPastSessionStaysOpenUntilStreamTimeEndsIt() {
        pipe(session("XYZ", DAY1, 500, 7));
        bars.readValuesToList();

        driver.advanceWallClockTime(Duration.ofDays(3));

        assertThat(bars.isEmpty()).isTrue();
    }

    /** A wall clock the test sets; Kafka Streams' own wall clock only says when to check. */
    private static final class MutableClock extends java.time.Clock {
        private volatile long nanos;

        MutableClock(long nanos) {
            this.nanos = nanos;
        }

        void setNanos(long nanos) {
            this.nanos = nanos;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochSecond(0, nanos);
        }
    }

    private List<ImbalanceBar> directRun(String ticker, List<Trade> input) {
        TickerImbalanceBars core = new TickerImbalanceBars(BARS, SessionScope.REGULAR);
        RingImbalanceHistory history = new RingImbalanceHistory(BARS.imbalanceWindow());
        TickerBarsState state = TickerBarsState.initial(BARS);
        List<ImbalanceBar> out = new ArrayList<>();
        for (Trade t : input) {
            var step = core.onTrade(state, t.getSipTs(), t.getPrice(), t.getSize(), history);
            state = step.state();
            step.bars().forEach(b -> out.add(BarRecords.toAvro(ticker, b)));
        }
        core.closeSession(state, history).bars().forEach(b -> out.add(BarRecords.toAvro(ticker, b)));
        return out;
    }

    private static void assertSeqIncreasesFromZeroPerSession(List<ImbalanceBar> out) {
        for (LocalDate day : List.of(DAY1, DAY2)) {
            List<Integer> seqs = out.stream().filter(b -> b.getSession().equals(day)).map(ImbalanceBar::getSeq).toList();
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).isEqualTo(i);
            }
        }
    }

    private void pipe(List<Trade> list) {
        for (Trade t : list) {
            trades.pipeInput(t.getTicker(), t, Math.floorDiv(t.getSipTs(), 1_000_000L));
        }
    }

    /** n regular-session trades spread over 09:30–15:59, a random walk around $5. */
    private static List<Trade> session(String ticker, LocalDate day, int n, long seed) {
        Random random = new Random(seed);
        long open = SessionClock.regularStartNanos(day);
        long span = SessionClock.regularEndNanos(day) - open - 1_000_000_000L;
        double price = 5.0;
        List<Trade> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            price = Math.max(0.5, price + (random.nextInt(3) - 1) * 0.01);
            out.add(trade(ticker, open + span * i / n, price, 100 + random.nextInt(900)));
        }
        return out;
    }

    private static Trade trade(String ticker, LocalDate day, LocalTime time, double price, double size) {
        return trade(ticker, SessionClock.epochNanos(day, time), price, size);
    }

    private static Trade trade(String ticker, long sipTs, double price, double size) {
        return Trade.newBuilder().setTicker(ticker).setSipTs(sipTs).setPrice(price).setSize(size).build();
    }
}
