package io.tickflow.streams.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.labels.TickerLabelState;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.labels.Touch;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.weights.SampleWeight;
import io.tickflow.streams.testing.PlainAvroSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
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

class LabelsTopologyTest {
    private static final LocalDate DAY1 = LocalDate.of(2024, 3, 8);   // Friday before the DST switch
    private static final LocalDate DAY2 = LocalDate.of(2024, 3, 11);  // Monday after it
    private static final LocalDate DAY3 = LocalDate.of(2024, 3, 12);
    private static final LabelsTopology.Settings SETTINGS = new LabelsTopology.Settings(LabelSettings.defaults(),
            new WeightSettings(0.5), SessionScope.REGULAR, Duration.ofMinutes(5));

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ImbalanceBar> bars;
    private TestOutputTopic<String, Label> labels;
    private TestOutputTopic<String, SampleWeight> weights;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        var serdes = new LabelsTopology.TopicSerdes(new PlainAvroSerde<>(ImbalanceBar.class),
                new PlainAvroSerde<>(Label.class), new PlainAvroSerde<>(SampleWeight.class),
                new PlainAvroSerde<>(DeadLetter.class));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "labels-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(LabelsTopology.build(SETTINGS, serdes), props);
        var keys = Serdes.String();
        bars = driver.createInputTopic(Topics.BARS_DIB.name(), keys.serializer(), serdes.bars().serializer());
        labels = driver.createOutputTopic(Topics.LABELS.name(), keys.deserializer(), serdes.labels().deserializer());
        weights = driver.createOutputTopic(Topics.WEIGHTS.name(), keys.deserializer(), serdes.weights().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), keys.deserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void streamGivesTheSameLabelsAndWeightsAsTheBatchRunTickerByTicker() {
        List<ImbalanceBar> all = new ArrayList<>();
        all.addAll(session("AAA", DAY1, 120, false, 1));
        all.addAll(session("BBB", DAY1, 80, true, 2));   // last bar complete: closed on stream time
        all.addAll(session("AAA", DAY2, 100, true, 3));  // closed on stream time by CCC's bar of DAY3
        all.addAll(session("BBB", DAY2, 60, false, 4));
        all.addAll(session("CCC", DAY3, 1, true, 5));
        all.sort(Comparator.comparingLong(ImbalanceBar::getCloseTime));
        pipe(all);

        var batch = new BatchLabels(SETTINGS.labels(), SETTINGS.weights()).run(all);
        List<Label> streamLabels = labels.readValuesToList();
        List<SampleWeight> streamWeights = weights.readValuesToList();
        assertThat(byTicker(streamLabels, Label::getTicker)).isEqualTo(byTicker(batch.labels(), Label::getTicker));
        assertThat(byTicker(streamWeights, SampleWeight::getTicker))
                .isEqualTo(byTicker(batch.weights(), SampleWeight::getTicker));
        assertThat(streamLabels).hasSizeGreaterThan(20);
        assertThat(streamWeights).hasSameSizeAs(streamLabels);
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(batch.refused()).isEmpty();
    }

    @Test
    void openEventWaitsInTheStoreUntilALaterBarTouchesItsBarrier() {
        // log returns 0.01, 0.03 open an event on bar 2 (σ = 0.02/√2 = 0.01414); +0.001 touches nothing
        pipe(path("AAA", DAY1, 0, 0.01, 0.03, 0.001));
        KeyValueStore<String, TickerLabelState> store = driver.getKeyValueStore(LabelsTopology.STATE_STORE);
        assertThat(store.get("AAA").labeler().pending()).singleElement()
                .satisfies(e -> assertThat(e.seq()).isEqualTo(2));
        assertThat(labels.isEmpty()).isTrue();

        pipe(List.of(bar("AAA", DAY1, 4, 100 * Math.exp(0.08), true)));  // ln(e^0.08 / e^0.04) = 0.04 > 0.01414
        assertThat(labels.readValuesToList()).singleElement().satisfies(l -> {
            assertThat(l.getEventSeq()).isEqualTo(2);
            assertThat(l.getExitSeq()).isEqualTo(4);
            assertThat(l.getTouch()).isEqualTo(Touch.pt);
            assertThat(l.getBin()).isEqualTo(1);
        });
        // the same jump fires the CUSUM again: the only open event is now bar 4's
        assertThat(store.get("AAA").labeler().pending()).extracting(e -> e.seq()).containsExactly(4);
    }

    @Test
    void sessionWithoutAClosingBarEndsOnStreamTimeAfterItsGrace() {
        pipe(path("AAA", DAY1, 0, 0.01, 0.03, 0.001));
        pipe(List.of(bar("ZZZ", DAY1, 0, 10.0, true, LocalTime.of(16, 4))));   // end + 4 min < grace of 5
        assertThat(weights.isEmpty()).isTrue();
        pipe(List.of(bar("ZZZ", DAY1, 1, 10.0, true, LocalTime.of(16, 6))));
        assertThat(labels.readValuesToList()).singleElement().satisfies(l -> {
            assertThat(l.getTouch()).isEqualTo(Touch.vertical);
            assertThat(l.getExitSeq()).isEqualTo(3);   // the session's last bar, never past the session end
            assertThat(l.getBinMlfinlab()).isZero();
        });
        assertThat(weights.readValuesToList()).singleElement().satisfies(w -> {
            assertThat(w.getTicker()).isEqualTo("AAA");
            assertThat(w.getWeight()).isEqualTo(1.0);     // a single event: every weight is 1
            assertThat(w.getAvgUniqueness()).isEqualTo(1.0);
        });
    }

    @Test
    void duplicateBarGoesToDeadLetterWithItsReason() {
        pipe(path("AAA", DAY1, 0, 0.01));
        pipe(List.of(bar("AAA", DAY1, 1, 101.0, true)));
        assertThat(deadLetters.readValuesToList()).singleElement().satisfies(d ->
                assertThat(d.getReason()).isEqualTo("bar seq 1 is not after seq 1 (duplicate or out of order)"));
    }

    private void pipe(List<ImbalanceBar> values) {
        for (ImbalanceBar b : values) {
            bars.pipeInput(b.getTicker(), b, Math.floorDiv(b.getCloseTime(), 1_000_000L));
        }
    }

    private static <T> Map<String, List<T>> byTicker(List<T> values, Function<T, CharSequence> ticker) {
        return values.stream().collect(Collectors.groupingBy(v -> ticker.apply(v).toString(), LinkedHashMap::new,
                Collectors.toList()));
    }

    /** Bars 0..n−1 of a random walk closing every 2 minutes from 09:32; the last one complete or not. */
    private static List<ImbalanceBar> session(String ticker, LocalDate day, int n, boolean lastComplete, long seed) {
        Random random = new Random(seed);
        double[] r = new double[n];
        for (int t = 1; t < n; t++) {
            r[t] = random.nextGaussian() * 0.004 + (random.nextInt(15) == 0 ? 0.02 : 0);
        }
        List<ImbalanceBar> out = path(ticker, day, r);
        if (!lastComplete) {
            out.get(n - 1).setComplete(false);
        }
        return out;
    }

    private static List<ImbalanceBar> path(String ticker, LocalDate day, double... r) {
        List<ImbalanceBar> out = new ArrayList<>();
        double logPrice = Math.log(100);
        for (int t = 0; t < r.length; t++) {
            logPrice += t == 0 ? 0 : r[t];
            out.add(bar(ticker, day, t, Math.exp(logPrice), true));
        }
        return out;
    }

    private static ImbalanceBar bar(String ticker, LocalDate day, int seq, double close, boolean complete) {
        return bar(ticker, day, seq, close, complete, LocalTime.of(9, 32).plusMinutes(2L * seq));
    }

    private static ImbalanceBar bar(String ticker, LocalDate day, int seq, double close, boolean complete,
                                    LocalTime closeTime) {
        long closeNanos = SessionClock.epochNanos(day, closeTime);
        return ImbalanceBar.newBuilder().setTicker(ticker).setSession(day).setSeq(seq)
                .setOpenTime(closeNanos - 60_000_000_000L).setCloseTime(closeNanos)
                .setOpen(close).setHigh(close).setLow(close).setClose(close).setVolume(100).setBuyVolume(50)
                .setTicks(10).setDollarValue(100 * close).setTheta(0).setThreshold(0).setExpTicks(10)
                .setExpImbalance(0).setComplete(complete).build();
    }
}
