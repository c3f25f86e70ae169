package io.tickflow.streams.shortdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.shortdata.AverageDailyVolume;
import io.tickflow.core.shortdata.PointInTimeStore;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.streams.daily.DailyMetricsTopology;
import io.tickflow.streams.testing.PlainAvroSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily stage with short features joined, on the production build(...), against the batch step. */
class ShortFeaturesTopologyTest {
    private static final String TICKER = "AAQC.WS";
    private static final LocalDate SETTLED = LocalDate.of(2021, 7, 15);
    /** Seven weekdays after Jul 15 is Jul 26; disseminated at 18:00 ET. */
    private static final LocalDate DISSEMINATED = LocalDate.of(2021, 7, 26);
    private static final LocalDate JUL23 = LocalDate.of(2021, 7, 23);
    private static final LocalDate JUL27 = LocalDate.of(2021, 7, 27);

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private final ShortFeaturesTopology.TopicSerdes shortSerdes = new ShortFeaturesTopology.TopicSerdes(
            new PlainAvroSerde<>(ShortVolume.class), new PlainAvroSerde<>(FailToDeliver.class),
            new PlainAvroSerde<>(ShortInterest.class));
    private TestOutputTopic<String, DailyMetrics> metrics;

    @BeforeEach
    void start() {
        var serdes = new DailyMetricsTopology.TopicSerdes(new PlainAvroSerde<>(Bar.class), new PlainAvroSerde<>(Trade.class),
                new PlainAvroSerde<>(DailyMetrics.class), new PlainAvroSerde<>(InfoRichFlag.class),
                new PlainAvroSerde<>(DeadLetter.class), new PlainAvroSerde<>(Split.class),
                new PlainAvroSerde<>(MarketCap.class));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "short-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        var settings = new DailyMetricsTopology.Settings(SessionScope.REGULAR, Duration.ofMinutes(5),
                new InfoRichRules(2.0, 0.15, 1000, 0.5, 20, 2e9));
        driver = new TopologyTestDriver(DailyMetricsTopology.build(settings, serdes, shortSerdes), props);
        metrics = driver.createOutputTopic(Topics.DAILY_METRICS.name(), Serdes.String().deserializer(),
                serdes.metrics().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static ShortInterest report() {
        return ShortInterest.newBuilder().setSettlementDate(SETTLED).setSymbol(TICKER).setSourceSymbol("AAQCWS")
                .setShortInterest(7271).setPreviousShortInterest(15870.0).setAvgDailyVolume(9405.0)
                .setDaysToCover(1.0).setMarket("NYSE").setSourceFile("shrt20210715.csv")
                .setPublishedTs(SessionClock.epochNanos(DISSEMINATED, LocalTime.of(18, 0))).build();
    }

    private void pipeMinutes(LocalDate day, double volume) {
        var bars = driver.createInputTopic(Topics.BARS_1M.name(), Serdes.String().serializer(),
                new PlainAvroSerde<>(Bar.class).serializer());
        for (String time : List.of("09:30", "15:59")) {
            long start = SessionClock.epochNanos(day, LocalTime.parse(time));
            bars.pipeInput(TICKER, Bar.newBuilder().setTicker(TICKER).setWindowStart(start).setOpen(1).setHigh(1)
                    .setLow(1).setClose(1).setVolume(volume).setVwap(null).setTransactions(null).setSource(null)
                    .build(), Instant.ofEpochSecond(0, start));
        }
    }

    /** The last value of each (ticker, date) on daily.metrics. */
    private Map<LocalDate, DailyMetrics> finalRows() {
        Map<LocalDate, DailyMetrics> rows = new LinkedHashMap<>();
        sent(metrics).forEach(r -> rows.put(r.getDate(), r));
        return rows;
    }

    @Test
    void rowBetweenSettlementAndDisseminationDoesNotSeeTheReport() {
        // the report reaches the store before any bar, as a replay of the whole file would do
        driver.createInputTopic(Topics.SHORT_INTEREST.name(), Serdes.String().serializer(),
                shortSerdes.interest().serializer()).pipeInput(TICKER, report());
        pipeMinutes(DISSEMINATED, 100);
        pipeMinutes(JUL27, 100);
        Map<LocalDate, DailyMetrics> rows = finalRows();
        // Jul 26 15:59 is after the Jul 15 settlement and before the 18:00 dissemination: nothing was public
        assertThat(rows.get(DISSEMINATED).getShortFeatures()).isNull();
        // Jul 27: short interest 7271, change 7271 − 15870 = −8599, no ADV (one prior session) so no days to cover
        assertThat(rows.get(JUL27).getShortFeatures()).containsEntry("short_interest", 7271.0)
                .containsEntry("short_interest_change", -8599.0).containsEntry("days_to_cover", null);
    }

    @Test
    void streamRowsEqualTheBatchStepRowForRow() {
        driver.createInputTopic(Topics.SHORT_INTEREST.name(), Serdes.String().serializer(),
                shortSerdes.interest().serializer()).pipeInput(TICKER, report());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = JUL23.minusDays(20); !d.isAfter(JUL27); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
                pipeMinutes(d, 100 + days.size());
            }
        }
        Map<LocalDate, DailyMetrics> stream = finalRows();
        PointInTimeStore store = new PointInTimeStore();
        store.add(ShortRecords.interestOf(report()));
        AverageDailyVolume window = AverageDailyVolume.EMPTY;
        for (DailyMetrics streamRow : stream.values()) {
            DailyMetrics bare = DailyMetrics.newBuilder(streamRow).setShortFeatures(null).build();
            var step = ShortFeatureStep.apply(window, bare, store::publicAt);
            window = step.window();
            assertThat(streamRow).isEqualTo(step.row());
        }
        // with ≥ 10 prior sessions the Jul 27 row has days to cover from tickflow's ADV
        assertThat(stream.get(JUL27).getShortFeatures().get("days_to_cover")).isNotNull();
        assertThat(stream).hasSize(days.size());
    }

    /** What {@code topic} received once the rows unsent so far are sent (the emit punctuation, wall clock). */
    private <V> List<V> sent(TestOutputTopic<String, V> topic) {
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        return topic.readValuesToList();
    }
}
