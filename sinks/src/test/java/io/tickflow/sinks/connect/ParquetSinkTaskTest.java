package io.tickflow.sinks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        assertThat(new LocalStorage(root).list(PartitionPath.parse(DATASET))).containsExactly(
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

        assertThat(new LocalStorage(root).list(PartitionPath.ROOT)).isEmpty();
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(1)))).isEmpty();
    }

    @Test
    void rejectsUndecodableAndNullValuesWithReasonsAndCommitsPastThem() throws IOException {
        task.put(List.of(record(P0, 0, new byte[] {1, 2, 3}), record(P0, 1, null), bar(P0, 2, "AAPL", 0)));

        assertThat(task.preCommit(Map.of())).isEqualTo(Map.of(P0, new OffsetAndMetadata(3)));
        assertThat(new LocalStorage(root).list(PartitionPath.ROOT)).containsExactly(
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

        assertThat(new LocalStorage(root).list(PartitionPath.ROOT))
                .containsExactly(Path.of("custom/v1/bars.dib+0+00000000000000000000.parquet"));
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
