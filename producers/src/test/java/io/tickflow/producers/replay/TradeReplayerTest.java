package io.tickflow.producers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeReplayerTest {

    private static final String HEADER = "ticker,conditions,correction,exchange,id,participant_timestamp,price,"
            + "sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp";
    /** 2024-01-02 14:30:00 UTC (09:30 New York) in ns. */
    private static final long OPEN = 1_704_205_800_000_000_000L;

    @TempDir
    Path dir;

    private final MockProducer<String, Trade> producer =
            new MockProducer<>(true, null, new StringSerializer(), (topic, trade) -> new byte[0]);
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
    private final FakeReplayClock clock = new FakeReplayClock();
    private final List<ReplayProgress> progress = new ArrayList<>();

    @Test
    void mergesTickerRunsIntoSipTimeOrder() throws Exception {
        // The file is sorted by ticker: AAAA at +0 s and +3 s, BBBB at +1 s and +2 s.
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN), row("AAAA", OPEN + 3_000_000_000L),
                row("BBBB", OPEN + 1_000_000_000L), row("BBBB", OPEN + 2_000_000_000L));

        ReplayResult result = replayer(ReplaySettings.asFastAsPossible("trades")).replay(List.of(file), progress::add);

        List<ProducerRecord<String, Trade>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("AAAA", "BBBB", "BBBB", "AAAA");
        assertThat(sent).extracting(ProducerRecord::timestamp)
                .containsExactly(1_704_205_800_000L, 1_704_205_801_000L, 1_704_205_802_000L, 1_704_205_803_000L);
        assertThat(sent).allSatisfy(record -> assertThat(record.topic()).isEqualTo("trades"));
        assertThat(result.total()).isEqualTo(new ReadStats(4, 4, 0));
        assertThat(result.sent()).isEqualTo(4);
        assertThat(producer.flushed()).isTrue();
        assertThat(producer.closed()).as("the caller owns the producer").isFalse();
    }

    @Test
    void sortsATickerRunThatIsOutOfSipOrder() throws Exception {
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN + 2), row("AAAA", OPEN), row("BBBB", OPEN + 1));

        replayer(ReplaySettings.asFastAsPossible("trades")).replay(List.of(file), progress::add);

        assertThat(producer.history()).extracting(record -> record.value().getSipTs())
                .containsExactly(OPEN, OPEN + 1, OPEN + 2);
    }

    @Test
    void replaysDaysInDateOrderWhateverTheListOrder() throws Exception {
        Path later = dayFile("2024-01-03.csv", row("AAAA", OPEN + 86_400_000_000_000L));
        Path earlier = dayFile("2024-01-02.csv", row("ZZZZ", OPEN));

        ReplayResult result = replayer(ReplaySettings.asFastAsPossible("trades")).replay(List.of(later, earlier), progress::add);

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("ZZZZ", "AAAA");
        assertThat(result.perFile().keySet()).containsExactly(earlier, later);
    }

    @Test
    void sendsRejectedLinesToTheDeadLetterSinkAndCountsThem() throws Exception {
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN), "AAAA,,0,12,1,,abc,1," + OPEN + ",100,3,0,0");

        ReplayResult result = replayer(ReplaySettings.asFastAsPossible("trades")).replay(List.of(file), progress::add);

        assertThat(result.perFile().get(file)).isEqualTo(new ReadStats(2, 1, 1));
        assertThat(rejects.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("price is not a decimal number: 'abc'"));
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void pacesEventTimeBySpeedFactorWithinADay() throws Exception {
        // events at +0, +1 s, +3 s; at speed 2 they are due at wall +0, +0.5 s, +1.5 s
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN), row("AAAA", OPEN + 1_000_000_000L),
                row("AAAA", OPEN + 3_000_000_000L));

        replayer(new ReplaySettings("trades", 2.0, 1000)).replay(List.of(file), progress::add);

        assertThat(clock.sleeps()).containsExactly(500_000_000L, 1_000_000_000L);
    }

    @Test
    void doesNotPaceTheOvernightGap() throws Exception {
        Path first = dayFile("2024-01-02.csv", row("AAAA", OPEN));
        Path second = dayFile("2024-01-03.csv", row("AAAA", OPEN + 86_400_000_000_000L));

        replayer(new ReplaySettings("trades", 1.0, 1000)).replay(List.of(first, second), progress::add);

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void reportsProgressEveryNRecordsAndAtTheEnd() throws Exception {
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN), row("AAAA", OPEN + 1), row("AAAA", OPEN + 2));

        replayer(new ReplaySettings("trades", 0, 2)).replay(List.of(file), progress::add);

        assertThat(progress).extracting(ReplayProgress::records).containsExactly(2L, 3L);
        assertThat(progress).extracting(ReplayProgress::finished).containsExactly(false, true);
    }

    @Test
    void refusesFilesWithoutADateInTheirName() {
        assertThatThrownBy(() -> replayer(ReplaySettings.asFastAsPossible("trades"))
                .replay(List.of(dir.resolve("trades.csv")), progress::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trades.csv");
    }

    @Test
    void replaysGeneratedDaysAsOneTapeInTimeOrder() throws Exception {
        GenerationSummary summary = new SyntheticMarketGenerator(
                new GeneratorSettings(11, 3, 2, LocalDate.of(2024, 1, 2), 0.1)).writeTo(dir);
        List<Path> files = new ArrayList<>(summary.tradeFiles());
        Collections.reverse(files);

        ReplayResult result = replayer(ReplaySettings.asFastAsPossible("trades")).replay(files, progress::add);

        List<ProducerRecord<String, Trade>> sent = producer.history();
        assertThat(result.total()).isEqualTo(new ReadStats(summary.trades(), summary.trades(), 0));
        assertThat(sent).hasSize((int) summary.trades());
        assertThat(sent).extracting(record -> record.value().getSipTs()).isSorted();
        assertThat(sent).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().getTicker());
            assertThat(record.timestamp()).isEqualTo(record.value().getSipTs() / 1_000_000);
        });
        assertThat(sent.stream().map(ProducerRecord::key).distinct()).containsExactlyInAnyOrderElementsOf(summary.tickers());
    }

    private TradeReplayer replayer(ReplaySettings settings) {
        return new TradeReplayer(producer, rejects, settings, clock);
    }

    private static String row(String ticker, long sipTs) {
        return ticker + ",,0,12,1," + (sipTs - 1000) + ",2.5,1," + sipTs + ",100,3,0,0";
    }

    private Path dayFile(String name, String... rows) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
    }
}
