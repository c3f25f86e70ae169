package io.tickflow.producers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.download.TickerDay;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.polygon.SeedParquetFiles;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many files merged into one stream by event time; exactly once across a kill, on the transactional path. */
class MergedFileReplayTest {

    /** 2021-02-05 09:30 New York = 14:30 UTC = 1612535400 s, in ms. */
    private static final long OPEN_MS = 1_612_535_400_000L;
    private static final String LEDGER = "ledger";

    @TempDir
    Path dir;

    @Test
    void mergesFilesByEventTimeThenSequenceThenFileOrder() throws Exception {
        Path a = trades("AAAA", trade(OPEN_MS, 5), trade(OPEN_MS + 3000, 9));
        Path b = trades("BBBB", trade(OPEN_MS, 2), trade(OPEN_MS + 2000, 3));
        Path c = trades("CCCC", row -> row.append("t", OPEN_MS).append("p", 1.0).append("s", 1L), // no sequence
                row -> row.append("t", OPEN_MS + 1000).append("p", -1.0).append("s", 1L));      // rejected

        List<String> order = new ArrayList<>();
        try (EventTimeMerge merge = new EventTimeMerge(List.of(a, b, c), ReadOptions.DETECT)) {
            for (Object e = merge.next(); e != null; e = merge.next()) {
                order.add(e instanceof Trade t ? t.getTicker() + "@" + (t.getSipTs() / 1_000_000 - OPEN_MS) + "#" + t.getSequence()
                        : "rejected " + ((Rejection) e).source().contains("CCCC") + "@" + ((Rejection) e).lineNumber());
            }
            assertThat(merge.results().values()).extracting(r -> r.stats().toString()).containsExactly(
                    "read=2 accepted=2 rejected=0", "read=2 accepted=2 rejected=0", "read=2 accepted=1 rejected=1");
        }
        // at +0 ms three trades tie: sequence 2 (BBBB), 5 (AAAA), then CCCC's without one; the rejected row of CCCC
        // carries its own time (+1000 ms) and goes between +0 and +2000
        assertThat(order).containsExactly("BBBB@0#2", "AAAA@0#5", "CCCC@0#null", "rejected true@2", "BBBB@2000#3",
                "AAAA@3000#9");
    }

    @Test
    void minuteBarsKilledMidMergeAndResumedAreSentExactlyOnceInTheSameOrder() throws Exception {
        List<Path> files = minuteDays();
        FileReplaySettings chunksOf3 = new FileReplaySettings(0, 3, Duration.ofHours(1), 1_000);
        List<String> clean = topicRecords(replayCommitted(files, chunksOf3, Map.of(), ReplayHook.none()).history());

        MockProducer<String, Object> killed = producer();
        assertThatThrownBy(() -> replayer(killed, chunksOf3, Map.of(), sent -> {
            if (sent == 8) {
                throw new IllegalStateException("killed"); // mid-chunk: 6 events committed, 2 open
            }
        }).replayMerged(files, ReadOptions.DETECT, p -> { })).hasMessage("killed");
        MockProducer<String, Object> resumed = replayCommitted(files, chunksOf3, ledgerOf(killed.history()), ReplayHook.none());

        List<String> both = new ArrayList<>(topicRecords(killed.history()));
        both.addAll(topicRecords(resumed.history()));
        assertThat(clean).hasSize(3 * 3 - 1 + 1 + 2); // day 1: 3 tickers x 3 minutes, one a dead letter; day 2: 2 bars
        assertThat(both).isEqualTo(clean);
        assertThat(clean.subList(0, 4)).containsExactly("bars.1m AAAA 0", "bars.1m BBBB 0", "bars.1m CCCC 0",
                "bars.1m AAAA 60000");
    }

    @Test
    void watchlistModeSendsOnlyListedTickerDaysAndCountsTheRest() throws Exception {
        List<Path> files = minuteDays();
        WatchlistFilter filter = WatchlistFilter.of(List.of(new TickerDay("BBBB", LocalDate.of(2021, 2, 5)),
                new TickerDay("AAAA", LocalDate.of(2021, 2, 8))));
        List<Path> kept = files.stream().filter(filter::keepsFile).toList();

        MockProducer<String, Object> producer = producer();
        FileReplayResult result = new FileReplayer(producer, ReplayLedger.of(LEDGER, "r", Map.of()),
                FileReplaySettings.defaults(), new FakeReplayClock(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "dead-letter",
                ReplayHook.none(), filter).replayMerged(kept, ReadOptions.DETECT, p -> { });

        assertThat(kept).extracting(f -> f.getParent().getParent().getFileName().toString())
                .containsExactly("ticker=BBBB", "ticker=AAAA");
        assertThat(topicRecords(producer.history())).containsExactly("bars.1m BBBB 0", "bars.1m BBBB 60000",
                "bars.1m BBBB 120000", "bars.1m AAAA 259200000");
        assertThat(result.filtered()).isZero();
        assertThat(filter.keepsRecord(bar("CCCC", OPEN_MS))).isFalse();
        assertThat(filter.keepsRecord(bar("BBBB", OPEN_MS))).isTrue();
    }

    /** Day 1: AAAA, BBBB, CCCC at +0, +1, +2 min, CCCC's last row bad; day 2 (2021-02-08): AAAA and BBBB at 09:30. */
    private List<Path> minuteDays() throws IOException {
        long day2 = OPEN_MS + 3 * 86_400_000L; // Monday 2021-02-08 09:30 New York, +259200000 ms
        List<Path> files = new ArrayList<>();
        for (String ticker : List.of("AAAA", "BBBB", "CCCC")) {
            files.add(minute(ticker, "2021-02-05", minuteRow(OPEN_MS, 1.0), minuteRow(OPEN_MS + 60_000, 1.0),
                    minuteRow(OPEN_MS + 120_000, ticker.equals("CCCC") ? -1.0 : 1.0)));
        }
        files.add(minute("AAAA", "2021-02-08", minuteRow(day2, 1.0)));
        files.add(minute("BBBB", "2021-02-08", minuteRow(day2, 1.0)));
        return ReplayFiles.find(List.of(dir), null, null);
    }

    private MockProducer<String, Object> replayCommitted(List<Path> files, FileReplaySettings settings,
                                                         Map<String, ReplayLedger.FileProgress> ledger, ReplayHook hook)
            throws InterruptedException {
        MockProducer<String, Object> producer = producer();
        replayer(producer, settings, ledger, hook).replayMerged(files, ReadOptions.DETECT, p -> { });
        return producer;
    }

    private static FileReplayer replayer(MockProducer<String, Object> producer, FileReplaySettings settings,
                                         Map<String, ReplayLedger.FileProgress> ledger, ReplayHook hook) {
        return new FileReplayer(producer, ReplayLedger.of(LEDGER, "r", ledger), settings, new FakeReplayClock(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "dead-letter", hook);
    }

    /** A transactional mock: history() holds committed sends only. */
    private static MockProducer<String, Object> producer() {
        MockProducer<String, Object> producer = new MockProducer<>(true, null, new StringSerializer(), (t, v) -> new byte[0]);
        producer.initTransactions();
        return producer;
    }

    /** What a read_committed reload of the ledger topic would give. */
    private static Map<String, ReplayLedger.FileProgress> ledgerOf(List<ProducerRecord<String, Object>> committed) {
        Map<String, ReplayLedger.FileProgress> progress = new HashMap<>();
        committed.stream().filter(r -> r.topic().equals(LEDGER)).forEach(r -> {
            String[] parts = r.value().toString().split("\\|");
            progress.put(r.key().substring("r|".length()),
                    new ReplayLedger.FileProgress(Long.parseLong(parts[0]), Boolean.parseBoolean(parts[1])));
        });
        return progress;
    }

    private static List<String> topicRecords(List<ProducerRecord<String, Object>> records) {
        return records.stream().filter(r -> !r.topic().equals(LEDGER)).map(r -> r.topic() + " " + r.key() + " "
                + (r.value() instanceof Bar b ? b.getWindowStart() / 1_000_000 - OPEN_MS
                : ((DeadLetter) r.value()).getReason())).toList();
    }

    private Path trades(String ticker, java.util.function.Consumer<Group> first, java.util.function.Consumer<Group> second)
            throws IOException {
        return SeedParquetFiles.write(dir.resolve("trades/ticker=" + ticker + "/date=2021-02-05/trades.parquet"),
                SeedParquetFiles.SHORT_TRADES, first, second);
    }

    private static java.util.function.Consumer<Group> trade(long ms, long sequence) {
        return row -> row.append("t", ms).append("p", 1.0).append("s", 1L).append("q", sequence);
    }

    @SafeVarargs
    private Path minute(String ticker, String date, java.util.function.Consumer<Group>... rows) throws IOException {
        return SeedParquetFiles.write(dir.resolve("ohlcv_intraday_1m/ticker=" + ticker + "/date=" + date + "/minute.parquet"),
                SeedParquetFiles.MINUTE, rows);
    }

    private static java.util.function.Consumer<Group> minuteRow(long ms, double price) {
        return row -> row.append("t", ms).append("o", price).append("h", Math.abs(price)).append("l", price)
                .append("c", price).append("v", 100.0);
    }

    private static Bar bar(String ticker, long ms) {
        return Bar.newBuilder().setTicker(ticker).setWindowStart(ms * 1_000_000).setOpen(1).setHigh(1).setLow(1)
                .setClose(1).setVolume(1).build();
    }
}
