package io.tickflow.streams.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.daily.DailyMetricsCalculator;
import io.tickflow.core.daily.MinuteSessions;
import io.tickflow.core.daily.SplitHistory;
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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyMetricsTopologyTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 4);
    /** Cheap thresholds so that the small test sessions can be info-rich. */
    private static final InfoRichRules RULES = new InfoRichRules(2.0, 0.15, 1000, 0.5, 20, 2e9);

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Bar> bars;
    private TestOutputTopic<String, DailyMetrics> metrics;
    private TestOutputTopic<String, InfoRichFlag> flags;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private TestInputTopic<String, Split> splits;
    private TestInputTopic<String, MarketCap> marketCaps;

    private void start(Duration grace) {
        var serdes = new DailyMetricsTopology.TopicSerdes(new PlainAvroSerde<>(Bar.class), new PlainAvroSerde<>(Trade.class),
                new PlainAvroSerde<>(DailyMetrics.class), new PlainAvroSerde<>(InfoRichFlag.class),
                new PlainAvroSerde<>(DeadLetter.class), new PlainAvroSerde<>(Split.class),
                new PlainAvroSerde<>(MarketCap.class));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "daily-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        var settings = new DailyMetricsTopology.Settings(SessionScope.REGULAR, grace, RULES);
        driver = new TopologyTestDriver(DailyMetricsTopology.build(settings, serdes), props);
        bars = driver.createInputTopic(Topics.BARS_1M.name(), Serdes.String().serializer(), serdes.bars().serializer());
        metrics = driver.createOutputTopic(Topics.DAILY_METRICS.name(), Serdes.String().deserializer(),
                serdes.metrics().deserializer());
        flags = driver.createOutputTopic(Topics.INFO_RICH.name(), Serdes.String().deserializer(),
                serdes.flags().deserializer());
        splits = driver.createInputTopic(Topics.SPLITS.name(), Serdes.String().serializer(),
                serdes.splits().serializer());
        marketCaps = driver.createInputTopic(Topics.MARKET_CAP.name(), Serdes.String().serializer(),
                serdes.marketCaps().serializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Serdes.String().deserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void lastRowPerTickerSessionEqualsTheBatchComputation() {
        start(Duration.ofMinutes(5));
        List<Bar> input = sessions("ABC", 14);
        input.forEach(this::pipe);
        Map<LocalDate, DailyMetrics> last = lastByDate(sent(metrics));
        assertThat(new ArrayList<>(last.values())).containsExactlyElementsOf(batchRows("ABC", input));
        assertThat(last.get(DAY0.plusDays(13)).getRvol30()).isNotNull();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void correctedMinuteReplacesTheOriginalInTheSessionRow() {
        start(Duration.ofMinutes(5));
        pipe(bar("ABC", DAY0, "10:00", 5.0, 100));
        pipe(bar("ABC", DAY0, "10:01", 5.5, 200));
        pipe(bar("ABC", DAY0, "10:00", 5.0, 40)); // correction of 10:00: 100 → 40
        DailyMetrics row = lastByDate(sent(metrics)).get(DAY0);
        // vol 40 + 200 = 240; dollars 5.0×40 + 5.5×200 = 200 + 1100 = 1300; close stays 5.5 (10:01 is latest)
        assertThat(row.getVolD()).isEqualTo(240.0);
        assertThat(row.getDollarVolD()).isEqualTo(1300.0);
        assertThat(row.getCloseD()).isEqualTo(5.5);
        assertThat(row.getMinutes()).isEqualTo(2);
    }

    @Test
    void lateMinuteWithinGraceUpdatesAndBeyondGraceGoesToDeadLetter() {
        start(Duration.ofMinutes(5));
        pipe(bar("ABC", DAY0, "15:58", 5.0, 100));
        pipe(bar("XYZ", DAY0, "16:03", 7.0, 1)); // after hours: moves stream time to 16:03
        pipe(bar("ABC", DAY0, "15:59", 6.0, 10)); // 4 minutes after the close: within grace
        pipe(bar("XYZ", DAY0, "16:05", 7.0, 1)); // stream time reaches 16:00 + 5 min
        pipe(bar("ABC", DAY0, "15:57", 4.0, 1000));
        DailyMetrics row = lastByDate(sent(metrics)).get(DAY0);
        assertThat(row.getVolD()).isEqualTo(110.0);
        assertThat(row.getCloseD()).isEqualTo(6.0);
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).getReason()).contains("session 2024-03-04 arrived after the session's end");
    }

    @Test
    void correctionOfAnEarlierSessionUpdatesTheRvolAndCountOfTheLaterOnes() {
        start(Duration.ofDays(2));
        List<Bar> input = sessions("ABC", 12);
        input.forEach(this::pipe);
        Bar correction = bar("ABC", DAY0.plusDays(10), "15:59", 12.0, 50_000); // session 10, its last minute
        pipe(correction);
        List<Bar> corrected = new ArrayList<>(input);
        corrected.add(correction);
        Map<LocalDate, DailyMetrics> last = lastByDate(sent(metrics));
        assertThat(new ArrayList<>(last.values())).containsExactlyElementsOf(batchRows("ABC", corrected));
        Map<LocalDate, InfoRichFlag> lastFlags = new LinkedHashMap<>();
        sent(flags).forEach(f -> lastFlags.put(f.getDate(), f));
        assertThat(lastFlags.get(DAY0.plusDays(10)).getInfoRich()).isTrue();
        assertThat(lastFlags.get(DAY0.plusDays(11)).getDaysInfoRich252()).isEqualTo(1);
    }

    @Test
    void splitFromReferenceSplitsAdjustsThePreviousCloseAsTheBatchDoes() {
        start(Duration.ofMinutes(5));
        LocalDate execution = DAY0.plusDays(12);
        splits.pipeInput("ABC|" + execution, split("ABC", execution, 10, 1)); // 1-for-10 reverse split
        List<Bar> input = sessions("ABC", 14);
        input.forEach(this::pipe);
        Map<LocalDate, DailyMetrics> last = lastByDate(sent(metrics));
        SplitHistory history = new SplitHistory(List.of(new io.tickflow.core.daily.Split(execution, 10, 1)));
        assertThat(new ArrayList<>(last.values())).containsExactlyElementsOf(batchRows("ABC", input, history));
        // day 11 closes at 5 + 3×0.25 + 0.05 = 5.80, day 12 at 5.05; previous close on the new basis 5.80 × 10 = 58
        // pct_chg_d = 5.05 / 58 − 1 = −0.912931…
        assertThat(last.get(execution).getPctChgD()).isCloseTo(5.05 / 58.0 - 1, Offset.offset(1e-12));
    }

    @Test
    void splitRemovedByTombstoneOrNamingAnotherTickerDoesNotAdjust() {
        start(Duration.ofMinutes(5));
        LocalDate execution = DAY0.plusDays(12);
        splits.pipeInput("ABC|" + execution, split("ABC", execution, 10, 1));
        splits.pipeInput("ABC|" + execution, null); // compacted topic: the split was withdrawn
        splits.pipeInput("ABC|" + DAY0.plusDays(13), split("XYZ", DAY0.plusDays(13), 1, 2)); // key and value disagree
        List<Bar> input = sessions("ABC", 14);
        input.forEach(this::pipe);
        Map<LocalDate, DailyMetrics> last = lastByDate(sent(metrics));
        assertThat(new ArrayList<>(last.values())).containsExactlyElementsOf(batchRows("ABC", input));
    }

    @Test
    void marketCapKnownOnOrBeforeTheSessionIsTestedAgainstCapMax() {
        start(Duration.ofMinutes(5));
        LocalDate last = DAY0.plusDays(13);
        marketCaps.pipeInput("ABC|" + DAY0, marketCap("ABC", DAY0, 3e9)); // above cap_max 2e9
        marketCaps.pipeInput("ABC|" + last, marketCap("ABC", last, 1e9)); // the last day's own value
        marketCaps.pipeInput("ABC|" + DAY0.plusDays(12), marketCap("XYZ", DAY0.plusDays(12), 1.0)); // key disagrees
        sessions("ABC", 14).forEach(this::pipe);
        Map<LocalDate, InfoRichFlag> byDate = new LinkedHashMap<>();
        sent(flags).forEach(f -> byDate.put(f.getDate(), f));
        InfoRichFlag beforeLast = byDate.get(DAY0.plusDays(12));
        assertThat(beforeLast.getMarketCap()).isEqualTo(3e9); // DAY0's value, 12 days old, never the later one
        assertThat(beforeLast.getPassCap()).isFalse();
        assertThat(beforeLast.getCapUnknown()).isFalse();
        assertThat(byDate.get(last).getMarketCap()).isEqualTo(1e9);
        assertThat(byDate.get(last).getPassCap()).isTrue();
    }

    @Test
    void withoutMarketCapTheCapIsUnknownAndPasses() {
        start(Duration.ofMinutes(5));
        sessions("ABC", 3).forEach(this::pipe);
        InfoRichFlag flag = sent(flags).get(0);
        assertThat(flag.getMarketCap()).isNull();
        assertThat(flag.getCapUnknown()).isTrue();
        assertThat(flag.getPassCap()).isTrue();
    }

    @Test
    void preMarketMinuteDoesNotEnterTheRow() {
        start(Duration.ofMinutes(5));
        pipe(bar("ABC", DAY0, "08:00", 5.0, 1_000_000));
        pipe(bar("ABC", DAY0, "09:30", 5.0, 10));
        assertThat(lastByDate(sent(metrics)).get(DAY0).getVolD()).isEqualTo(10.0);
    }

    /** Sessions on consecutive days, three minutes each, volumes and prices varying by day. */
    private static List<Bar> sessions(String ticker, int days) {
        List<Bar> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            double price = 5 + (d % 4) * 0.25;
            out.add(bar(ticker, DAY0.plusDays(d), "09:30", price, 100 + d * 7));
            out.add(bar(ticker, DAY0.plusDays(d), "12:00", price + 0.1, 50 + d));
            out.add(bar(ticker, DAY0.plusDays(d), "15:59", price + 0.05, 300 - d * 3));
        }
        return out;
    }

    private static List<DailyMetrics> batchRows(String ticker, List<Bar> input) {
        return batchRows(ticker, input, SplitHistory.NONE);
    }

    private static List<DailyMetrics> batchRows(String ticker, List<Bar> input, SplitHistory splitHistory) {
        MinuteSessions sessions = new MinuteSessions(SessionScope.REGULAR);
        input.forEach(b -> sessions.add(DailyRecords.minuteOf(b)));
        return DailyMetricsCalculator.rowsFor(sessions.sessions(), splitHistory).stream()
                .map(r -> DailyRecords.toAvro(ticker, r)).toList();
    }

    private static Map<LocalDate, DailyMetrics> lastByDate(List<DailyMetrics> rows) {
        Map<LocalDate, DailyMetrics> last = new LinkedHashMap<>();
        rows.forEach(r -> last.put(r.getDate(), r));
        return last;
    }

    private static Split split(String ticker, LocalDate execution, double from, double to) {
        return Split.newBuilder().setTicker(ticker).setExecutionDate(execution).setSplitFrom(from).setSplitTo(to)
                .build();
    }

    private static MarketCap marketCap(String ticker, LocalDate date, double cap) {
        return MarketCap.newBuilder().setTicker(ticker).setDate(date).setMarketCap(cap).build();
    }

    private void pipe(Bar bar) {
        bars.pipeInput(bar.getTicker(), bar, bar.getWindowStart() / 1_000_000L);
    }

    private static Bar bar(String ticker, LocalDate date, String nyTime, double close, double volume) {
        long start = SessionClock.epochNanos(date, LocalTime.parse(nyTime));
        return Bar.newBuilder().setTicker(ticker).setWindowStart(start).setOpen(close).setHigh(close).setLow(close)
                .setClose(close).setVolume(volume).setVwap(null).setTransactions(null).setSource(null).build();
    }

    /** What {@code topic} received once the rows unsent so far are sent (the emit punctuation, wall clock). */
    private <V> List<V> sent(TestOutputTopic<String, V> topic) {
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        return topic.readValuesToList();
    }
}
