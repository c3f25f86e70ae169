package io.tickflow.producers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.polygon.SeedParquetFiles;
import io.tickflow.schemas.market.Bar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One transaction spans several small files; the files' ledger entries commit with it, so a kill stays exactly once. */
class SpanningTransactionTest {

    /** 2021-02-05 09:30 New York = 14:30 UTC, in ms. */
    private static final long OPEN_MS = 1_612_535_400_000L;
    private static final String LEDGER = "ledger";
    private static final List<String> TICKERS = List.of("AAAA", "BBBB", "CCCC", "DDDD", "EEEE");

    @TempDir
    Path dir;
    private List<Path> files;

    /** Five files of three minute bars each, replayed one after the other: 15 records. */
    @BeforeEach
    void fiveSmallFiles() throws IOException {
        files = new ArrayList<>();
        for (String ticker : TICKERS) {
            files.add(SeedParquetFiles.write(dir.resolve("ohlcv_intraday_1m/ticker=" + ticker + "/date=2021-02-05/minute.parquet"),
                    SeedParquetFiles.MINUTE, minute(0), minute(1), minute(2)));
        }
    }

    @Test
    void commitsSmallFilesInOneTransactionAtTheEndWithEveryFilesLedgerEntry() throws Exception {
        MockProducer<String, Object> producer = producer();
        replayer(producer, chunksOf(1_000), Map.of(), ReplayHook.none()).replay(files, ReadOptions.DETECT, p -> { });

        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(bars(producer.history())).hasSize(15);
        assertThat(ledgerOf(producer.history())).hasSize(5)
                .allSatisfy((file, progress) -> assertThat(progress).isEqualTo(new ReplayLedger.FileProgress(3, true)));
    }

    @Test
    void commitsWhenTheChunkFillsWhetherInsideAFileOrAtItsEnd() throws Exception {
        MockProducer<String, Object> producer = producer();
        replayer(producer, chunksOf(6), Map.of(), ReplayHook.none()).replay(files, ReadOptions.DETECT, p -> { });

        // record 6 (the last of file 2) fills the first chunk, record 12 (the last of file 4) the second, the end
        // of the replay commits the last three
        assertThat(producer.commitCount()).isEqualTo(3);
        assertThat(bars(producer.history())).hasSize(15);
    }

    @Test
    void replaysAFinishedButUncommittedFileAgainAfterAKillExactlyOnce() throws Exception {
        FileReplaySettings chunksOf7 = chunksOf(7);
        MockProducer<String, Object> clean = producer();
        replayer(clean, chunksOf7, Map.of(), ReplayHook.none()).replay(files, ReadOptions.DETECT, p -> { });
        MockProducer<String, Object> killed = producer();
        // record 7 (file 3's first) commits files 1 and 2 done and file 3 at 1 event; records 8 and 9 finish file 3
        // in the open transaction, record 10 (file 4's first) is sent, then the kill
        assertThatThrownBy(() -> replayer(killed, chunksOf7, Map.of(), sent -> {
            if (sent == 10) {
                throw new IllegalStateException("killed");
            }
        }).replay(files, ReadOptions.DETECT, p -> { })).hasMessage("killed");
        Map<String, ReplayLedger.FileProgress> committed = ledgerOf(killed.history());
        assertThat(committed).containsEntry(files.get(1).toString(), new ReplayLedger.FileProgress(3, true))
                .containsEntry(files.get(2).toString(), new ReplayLedger.FileProgress(1, false)).hasSize(3);

        MockProducer<String, Object> resumed = producer();
        FileReplayResult rest = replayer(resumed, chunksOf7, committed, ReplayHook.none())
                .replay(files, ReadOptions.DETECT, p -> { });

        assertThat(rest.skippedFiles()).isEqualTo(2);
        List<String> both = new ArrayList<>(bars(killed.history()));
        both.addAll(bars(resumed.history()));
        assertThat(both).containsExactlyElementsOf(bars(clean.history())).hasSize(15);
    }

    private static FileReplaySettings chunksOf(long records) {
        return new FileReplaySettings(0, records, Duration.ofHours(1), 1_000);
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

    private static Map<String, ReplayLedger.FileProgress> ledgerOf(List<ProducerRecord<String, Object>> committed) {
        Map<String, ReplayLedger.FileProgress> progress = new HashMap<>();
        committed.stream().filter(r -> r.topic().equals(LEDGER)).forEach(r -> {
            String[] parts = r.value().toString().split("\\|");
            progress.put(r.key().substring("r|".length()),
                    new ReplayLedger.FileProgress(Long.parseLong(parts[0]), Boolean.parseBoolean(parts[1])));
        });
        return progress;
    }

    private static List<String> bars(List<ProducerRecord<String, Object>> records) {
        return records.stream().filter(r -> r.value() instanceof Bar)
                .map(r -> r.key() + " " + ((Bar) r.value()).getWindowStart()).toList();
    }

    private static java.util.function.Consumer<Group> minute(int index) {
        long ms = OPEN_MS + index * 60_000L;
        return row -> row.append("t", ms).append("o", 1.0).append("h", 1.0).append("l", 1.0).append("c", 1.0)
                .append("v", 100.0);
    }
}
