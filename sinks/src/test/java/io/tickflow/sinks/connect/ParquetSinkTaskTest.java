package io.tickflow.sinks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetSinkTaskTest {

    private static final String TOPIC = "bars.dib";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final LocalDate JAN_3 = LocalDate.of(2024, 1, 3);
    private static final long JAN_2_1500 = 1_704_225_600_000L; // 2024-01-02 15:00 EST
    private static final long JAN_3_0931 = 1_704_292_260_000L; // 2024-01-03 09:31 EST
    private static final long JAN_3_0932 = JAN_3_0931 + 60_000;
    private static final long JAN_3_0933 = JAN_3_0932 + 60_000;
    private static final String DATASET = "processed/bars/v1";

    @TempDir
    Path root;

    private StubRegistry registry;
    private final ParquetSinkTask task = new ParquetSinkTask();

    @BeforeEach
    void startTask() throws IOException {
        registry = new StubRegistry();
        task.start(props(Map.of()));
        task.open(List.of(P0, P1));
    }

    @AfterEach
    void stop() {
        task.stop();
        registry.close();
    }

    @Test
    void writesFilesPerFolderAndCommitsOnlyWhatIsInThem() throws IOException {
        task.put(List.of(bar(P0, 0, "AAPL", 0), bar(P0, 1, "BRK/B", 0), bar(P0, 2, "AAPL", 1),
                bar(P1, 0, "ABRpA", 0)));

        // P0 reached flush.size 3 and is written; P1 holds one record in memory, so it is not committed
        assertThat(parquetFiles()).containsExactly(
                Path.of(DATASET, "ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet"),
                Path.of(DATASET, "ticker=BRK%2FB/date=2024-01-02/bars.dib+0+00000000000000000001.parquet"));
        assertThat(Fixtures.readParquet(root.resolve(DATASET
                + "/ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet")))
                .extracting(r -> r.get("seq")).containsExactly(0, 1);
        Map<TopicPartition, OffsetAndMetadata> consumed = Map.of(P0, new OffsetAndMetadata(3), P1, new OffsetAndMetadata(1));
        assertThat(task.preCommit(consumed)).isEqualTo(Map.of(P0, new OffsetAndMetadata(3)));
    }

    @Test
    void flushWritesNothing() throws IOException {
        task.put(List.of(bar(P0, 0, "AAPL", 0)));
        task.flush(Map.of(P0, new OffsetAndMetadata(1)));

        assertThat(parquetFiles()).isEmpty();
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(1)))).isEmpty();
    }

    @Test
    void rejectsUndecodableAndNullValuesWithReasonsAndCommitsPastThem() throws IOException {
        task.put(List.of(record(P0, 0, new byte[] {1, 2, 3}), record(P0, 1, null), bar(P0, 2, "AAPL", 0)));

        assertThat(task.preCommit(Map.of())).isEqualTo(Map.of(P0, new OffsetAndMetadata(3)));
        assertThat(parquetFiles()).containsExactly(
                Path.of(DATASET, "ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000002.parquet"));
    }

    @Test
    void failsFastWhenValuesAreNotRawBytes() {
        SinkRecord struct = new SinkRecord(TOPIC, 0, null, null, null, "not bytes", 0);
        assertThatThrownBy(() -> task.put(List.of(struct)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("ByteArrayConverter");
    }

    @Test
    void closingAPartitionDropsItsBufferedRecordsAndItsOffsets() throws IOException {
        task.put(List.of(bar(P0, 0, "AAPL", 0), bar(P0, 1, "AAPL", 1), bar(P0, 2, "AAPL", 2), bar(P0, 3, "AAPL", 3)));
        task.close(List.of(P0));

        assertThat(task.preCommit(Map.of())).isEmpty();
    }

    @Test
    void perTopicKeysMoveATopicElsewhere() throws IOException {
        task.stop();
        task.start(props(Map.of("topic.bars.dib.folder", "custom/{version}", "topic.bars.dib.partitioner", "none")));
        task.open(List.of(P0));
        task.put(List.of(bar(P0, 0, "AAPL", 0), bar(P0, 1, "AAPL", 1), bar(P0, 2, "AAPL", 2)));

        assertThat(parquetFiles())
                .containsExactly(Path.of("custom/v1/bars.dib+0+00000000000000000000.parquet"));
    }

    @Test
    void sealsAFolderWithSuccessAndManifestOnceARecordOfANextSessionIsInFiles() throws IOException {
        // A/Jan 2 seals from Jan 2 20:00 EST (16:00 + 4 h grace); offset 1 (Jan 3 09:31) reaches it
        task.put(List.of(bar(P0, 0, "AAPL", JAN_2, 0, JAN_2_1500), bar(P0, 1, "AAPL", JAN_3, 0, JAN_3_0931)));
        assertThat(root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS")).doesNotExist(); // not in files yet

        task.put(List.of(bar(P0, 2, "AAPL", JAN_3, 1, JAN_3_0932)));

        assertThat(root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS")).exists();
        assertThat(root.resolve(DATASET + "/ticker=AAPL/date=2024-01-03/_SUCCESS")).doesNotExist();
        JsonNode jan2 = manifest("ticker=AAPL/date=2024-01-02");
        assertThat(jan2.get("dataset").asText()).isEqualTo(DATASET);
        assertThat(jan2.get("folder").asText()).isEqualTo("ticker=AAPL/date=2024-01-02");
        assertThat(jan2.get("sealed").asBoolean()).isTrue();
        assertThat(jan2.get("rows").asLong()).isEqualTo(1);
        assertThat(jan2.get("min_event_time_ms").asLong()).isEqualTo(JAN_2_1500);
        JsonNode file = jan2.at("/files/bars.dib+0+00000000000000000000.parquet");
        assertThat(file.get("schema_id").asInt()).isEqualTo(7);
        assertThat(file.get("offsets").toString())
                .isEqualTo("[{\"topic\":\"bars.dib\",\"partition\":0,\"first\":0,\"last\":0}]");
        JsonNode jan3 = manifest("ticker=AAPL/date=2024-01-03");
        assertThat(jan3.get("sealed").asBoolean()).isFalse();
        assertThat(jan3.get("rows").asLong()).isEqualTo(2);
        assertThat(jan3.get("max_event_time_ms").asLong()).isEqualTo(JAN_3_0932);
        assertThat(jan3.at("/files/bars.dib+0+00000000000000000001.parquet/offsets/0/last").asLong()).isEqualTo(2);
    }

    @Test
    void aLateRecordTakesSuccessAwayUntilTheFolderIsSealedAgain() throws IOException {
        task.put(List.of(bar(P0, 0, "AAPL", JAN_2, 0, JAN_2_1500), bar(P0, 1, "AAPL", JAN_3, 0, JAN_3_0931),
                bar(P0, 2, "AAPL", JAN_3, 1, JAN_3_0932)));
        Path success = root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS");
        assertThat(success).exists();

        task.put(List.of(bar(P0, 3, "AAPL", JAN_2, 1, JAN_3_0933)));
        assertThat(success).doesNotExist();
        assertThat(manifest("ticker=AAPL/date=2024-01-02").get("sealed").asBoolean()).isFalse();

        task.put(List.of(bar(P0, 4, "AAPL", JAN_3, 2, JAN_3_0933), bar(P0, 5, "AAPL", JAN_3, 3, JAN_3_0933)));
        assertThat(success).exists();
        assertThat(manifest("ticker=AAPL/date=2024-01-02").get("rows").asLong()).isEqualTo(2);
    }

    @Test
    void aResumedPartitionDeletesItsFilesFromTheResumeOffsetOn() throws IOException {
        task.put(List.of(bar(P0, 0, "AAPL", 0), bar(P0, 1, "AAPL", 1), bar(P0, 2, "AAPL", 2),
                bar(P0, 3, "BRK/B", 0), bar(P0, 4, "AAPL", 3), bar(P0, 5, "AAPL", 4)));
        assertThat(parquetFiles()).hasSize(3);

        // a new task resumes at offset 3 (offsets 3..5 never committed) and holds offset 3 in memory only
        task.stop();
        task.start(props(Map.of()));
        task.open(List.of(P0));
        task.put(List.of(bar(P0, 3, "BRK/B", 0)));

        assertThat(parquetFiles()).containsExactly(
                Path.of(DATASET, "ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet"));
        assertThat(new DatasetManifest(root.resolve(DATASET), DATASET).folders())
                .containsExactly("ticker=AAPL/date=2024-01-02");
    }

    @Test
    void flushWhenIdleWritesTheTailOnceNoRecordCameForFlushIdleMs() throws IOException {
        AtomicLong now = new AtomicLong(JAN_2_1500);
        ParquetSinkTask idleFlushing = new ParquetSinkTask(now::get);
        idleFlushing.start(props(Map.of(ParquetSinkConfig.FLUSH_WHEN_IDLE_CONFIG, "true",
                ParquetSinkConfig.FLUSH_IDLE_MS_CONFIG, "500", ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "-1")));
        idleFlushing.open(List.of(P0));
        idleFlushing.put(List.of(bar(P0, 0, "AAPL", 0)));

        now.addAndGet(499); // an empty poll of a slow broker: no file yet
        idleFlushing.put(List.of());
        assertThat(parquetFiles()).isEmpty();

        now.addAndGet(1);
        idleFlushing.put(List.of());
        assertThat(parquetFiles()).containsExactly(
                Path.of(DATASET, "ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet"));
        assertThat(idleFlushing.preCommit(Map.of())).isEqualTo(Map.of(P0, new OffsetAndMetadata(1)));
        idleFlushing.stop();
    }

    @Test
    void theEndOfInputSealWritesTheTailAndSealsTheLastSessionOnceIdleAndPastItsGraceOnTheWallClock()
            throws IOException {
        AtomicLong now = new AtomicLong(JAN_3_0931); // wall clock past Jan 2 20:00 EST, the seal time of Jan 2
        ParquetSinkTask idleSealing = new ParquetSinkTask(now::get);
        idleSealing.start(props(Map.of(ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "1000")));
        idleSealing.open(List.of(P0));
        idleSealing.put(List.of(bar(P0, 0, "AAPL", JAN_2, 0, JAN_2_1500)));
        Path success = root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS");

        now.addAndGet(999); // idle 999 ms < 1000: nothing happens
        idleSealing.put(List.of());
        assertThat(parquetFiles()).isEmpty();

        now.addAndGet(1);
        idleSealing.put(List.of());
        assertThat(parquetFiles()).containsExactly(
                Path.of(DATASET, "ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet"));
        assertThat(success).exists();
        assertThat(manifest("ticker=AAPL/date=2024-01-02").get("sealed").asBoolean()).isTrue();
        assertThat(idleSealing.preCommit(Map.of())).isEqualTo(Map.of(P0, new OffsetAndMetadata(1)));
        idleSealing.stop();
    }

    @Test
    void theEndOfInputSealWaitsForTheGraceToPassOnTheWallClockWhileTheInputStaysIdle() throws IOException {
        AtomicLong now = new AtomicLong(JAN_2_1500 + 3_600_000); // Jan 2 16:00 EST; the seal time is 20:00
        ParquetSinkTask idleSealing = new ParquetSinkTask(now::get);
        idleSealing.start(props(Map.of(ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "1000")));
        idleSealing.open(List.of(P0));
        idleSealing.put(List.of(bar(P0, 0, "AAPL", JAN_2, 0, JAN_2_1500)));
        Path success = root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS");

        now.addAndGet(4 * 3_600_000 - 1); // 19:59:59.999, idle for hours: the tail is written, not sealed
        idleSealing.put(List.of());
        assertThat(parquetFiles()).hasSize(1);
        assertThat(success).doesNotExist();

        now.addAndGet(1); // 20:00:00.000 = 16:00 + 4 h grace
        idleSealing.put(List.of());
        assertThat(success).exists();
        idleSealing.stop();
    }

    @Test
    void aRecordAfterTheEndOfInputSealIsLateAndTakesSuccessAway() throws IOException {
        AtomicLong now = new AtomicLong(JAN_3_0931);
        ParquetSinkTask idleSealing = new ParquetSinkTask(now::get);
        idleSealing.start(props(Map.of(ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "0")));
        idleSealing.open(List.of(P0));
        idleSealing.put(List.of(bar(P0, 0, "AAPL", JAN_2, 0, JAN_2_1500)));
        idleSealing.put(List.of());
        Path success = root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS");
        assertThat(success).exists();

        idleSealing.put(List.of(bar(P0, 1, "AAPL", JAN_2, 1, JAN_2_1500)));

        assertThat(success).doesNotExist();
        assertThat(manifest("ticker=AAPL/date=2024-01-02").get("sealed").asBoolean()).isFalse();
        idleSealing.put(List.of());
        assertThat(success).exists();
        assertThat(manifest("ticker=AAPL/date=2024-01-02").get("rows").asLong()).isEqualTo(2);
        idleSealing.stop();
    }

    @Test
    void sealIdleOffNeverSealsWithoutALaterRecord() throws IOException {
        AtomicLong now = new AtomicLong(JAN_3_0931);
        ParquetSinkTask notSealing = new ParquetSinkTask(now::get);
        notSealing.start(props(Map.of(ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "-1",
                ParquetSinkConfig.FLUSH_WHEN_IDLE_CONFIG, "true")));
        notSealing.open(List.of(P0));
        notSealing.put(List.of(bar(P0, 0, "AAPL", JAN_2, 0, JAN_2_1500)));
        now.addAndGet(86_400_000);
        notSealing.put(List.of());

        assertThat(parquetFiles()).hasSize(1);
        assertThat(root.resolve(DATASET + "/ticker=AAPL/date=2024-01-02/_SUCCESS")).doesNotExist();
        notSealing.stop();
    }

    private List<Path> parquetFiles() throws IOException {
        return new LocalStorage(root).list(PartitionPath.ROOT).stream()
                .filter(p -> p.toString().endsWith(".parquet")).toList();
    }

    private JsonNode manifest(String folder) throws IOException {
        return new ObjectMapper().readTree(root.resolve(DATASET).resolve(folder).resolve("_MANIFEST.json").toFile());
    }

    private SinkRecord bar(TopicPartition tp, long offset, String ticker, LocalDate session, int seq, long timestampMs)
            throws IOException {
        return new SinkRecord(tp.topic(), tp.partition(), null, null, null,
                registry.frame(7, Fixtures.bar(ticker, session, seq)), offset, timestampMs, TimestampType.CREATE_TIME);
    }

    private Map<String, String> props(Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(Map.of(ParquetSinkConfig.ROOT_DIR_CONFIG, root.toString(),
                ParquetSinkConfig.DATASET_VERSION_CONFIG, "v1", ParquetSinkConfig.FLUSH_SIZE_CONFIG, "3",
                "schema.registry.url", registry.url()));
        props.putAll(extra);
        return props;
    }

    private SinkRecord bar(TopicPartition tp, long offset, String ticker, int seq) throws IOException {
        return record(tp, offset, registry.frame(7, Fixtures.bar(ticker, JAN_2, seq)));
    }

    private static SinkRecord record(TopicPartition tp, long offset, byte[] value) {
        return new SinkRecord(tp.topic(), tp.partition(), null, null, null, value, offset, 1_000L * offset,
                TimestampType.CREATE_TIME);
    }

    static List<SinkRecord> none() {
        return new ArrayList<>();
    }
}
