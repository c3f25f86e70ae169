package io.tickflow.streams.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.daily.DailyMetricsCalculator;
import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.MinuteSessions;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.MarketCapHistory;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily stage fed by trades (daily.minutes: trades): minute bars cut from trades, then the same rows. */
class DailyFromTradesTopologyTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 4);

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Trade> trades;
    private TestOutputTopic<String, DailyMetrics> metrics;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        var serdes = new DailyMetricsTopology.TopicSerdes(new PlainAvroSerde<>(Bar.class),
                new PlainAvroSerde<>(Trade.class), new PlainAvroSerde<>(DailyMetrics.class),
                new PlainAvroSerde<>(InfoRichFlag.class), new PlainAvroSerde<>(DeadLetter.class),
                new PlainAvroSerde<>(Split.class), new PlainAvroSerde<>(MarketCap.class));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "daily-trades-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        var settings = new DailyMetricsTopology.Settings(SessionScope.REGULAR, Duration.ofMinutes(5),
                InfoRichRules.defaults(), MarketCapHistory.DEFAULT_MAX_AGE_DAYS,
                DailyMetricsTopology.MinuteInput.trades(Duration.ofSeconds(5)));
        driver = new TopologyTestDriver(DailyMetricsTopology.build(settings, serdes), props);
        trades = driver.createInputTopic(Topics.TRADES.name(), Serdes.String().serializer(),
                serdes.trades().serializer());
        metrics = driver.createOutputTopic(Topics.DAILY_METRICS.name(), Serdes.String().deserializer(),
                serdes.metrics().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Serdes.String().deserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void rowsFromTradesEqualRowsFromTheirMinuteBars() {
        List<MinuteBar> expectedMinutes = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            LocalDate day = DAY0.plusDays(d);
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            double price = 5 + d * 0.25;
            // two trades per minute: close = the later price, vwap = Σ p×s / Σ s
            pipe("ABC", day, "09:30:10", price, 100);
            pipe("ABC", day, "09:30:40", price + 0.2, 300);
            expectedMinutes.add(minute(day, "09:30", price + 0.2, 400, (price * 100 + (price + 0.2) * 300) / 400));
            pipe("ABC", day, "15:59:30", price + 0.1, 50 + d);
            expectedMinutes.add(minute(day, "15:59", price + 0.1, 50 + d, price + 0.1));
        }
        pipe("ABC", DAY0.plusDays(14), "09:30:00", 9.0, 1); // the next session: every earlier minute is closed
        Map<LocalDate, DailyMetrics> last = new LinkedHashMap<>();
        sent(metrics).forEach(r -> last.put(r.getDate(), r));
        last.remove(DAY0.plusDays(14));
        MinuteSessions sessions = new MinuteSessions(SessionScope.REGULAR);
        expectedMinutes.forEach(sessions::add);
        List<DailyMetrics> expected = DailyMetricsCalculator.rowsFor(sessions.sessions(), SplitHistory.NONE).stream()
                .map(r -> DailyRecords.toAvro("ABC", r)).toList();
        assertThat(new ArrayList<>(last.values())).containsExactlyElementsOf(expected);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void quietTickersLastMinuteClosesWhenStreamTimePassesItsEndPlusLateness() {
        pipe("ABC", DAY0, "15:59:30", 5.0, 100);
        pipe("XYZ", DAY0, "16:00:04", 7.0, 1); // stream time 16:00:04: lateness 5 s not yet passed
        assertThat(sent(metrics)).isEmpty();
        pipe("XYZ", DAY0, "16:00:15", 7.0, 1); // 10 s punctuation at 16:00:15 > 16:00:00 + 5 s
        DailyMetrics row = sent(metrics).get(0);
        assertThat(row.getTicker()).isEqualTo("ABC");
        assertThat(row.getVolD()).isEqualTo(100.0);
        assertThat(row.getCloseD()).isEqualTo(5.0);
    }

    @Test
    void tradeOfAClosedMinuteOrAFinalSessionGoesToDeadLetter() {
        pipe("ABC", DAY0, "10:00:30", 5.0, 100);
        pipe("ABC", DAY0, "10:01:10", 5.5, 100); // closes 10:00
        pipe("ABC", DAY0, "10:00:50", 4.0, 100); // its minute is out
        pipe("XYZ", DAY0.plusDays(1), "09:30:00", 7.0, 1);
        pipe("ABC", DAY0, "15:00:00", 5.0, 100); // session 2024-03-04 is final
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).getReason()).contains("before the open one");
        assertThat(letters.get(1).getReason()).contains("trade of session 2024-03-04 arrived after the session's end");
    }

    @Test
    void ineligibleTradesDoNotEnterTheMinutes() {
        pipe("ABC", DAY0, "10:00:30", 5.0, 100);
        trades.pipeInput("ABC", Trade.newBuilder(trade("ABC", DAY0, "10:00:40", 50.0, 1_000))
                .setConditions(List.of(7)).build(), epochMs(DAY0, "10:00:40")); // 7 cash sale: not bar-eligible
        pipe("ABC", DAY0, "10:01:00", 5.0, 1);
        assertThat(sent(metrics).get(0).getVolD()).isEqualTo(100.0);
    }

    private void pipe(String ticker, LocalDate day, String nyTime, double price, double size) {
        trades.pipeInput(ticker, trade(ticker, day, nyTime, price, size), epochMs(day, nyTime));
    }

    private static long epochMs(LocalDate day, String nyTime) {
        return SessionClock.epochNanos(day, LocalTime.parse(nyTime)) / 1_000_000L;
    }

    private static Trade trade(String ticker, LocalDate day, String nyTime, double price, double size) {
        return Trade.newBuilder().setTicker(ticker).setSipTs(SessionClock.epochNanos(day, LocalTime.parse(nyTime)))
                .setPrice(price).setSize(size).build();
    }

    private static MinuteBar minute(LocalDate day, String nyTime, double close, double volume, double vwap) {
        return new MinuteBar(SessionClock.epochNanos(day, LocalTime.parse(nyTime)), close, volume, vwap);
    }

    /** What {@code topic} received once the rows unsent so far are sent (the emit punctuation, wall clock). */
    private <V> List<V> sent(TestOutputTopic<String, V> topic) {
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        return topic.readValuesToList();
    }
}
