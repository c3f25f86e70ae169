package io.tickflow.sinks.commit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.partition.TickerDatePartitioner;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class TopicParquetExporterTest {

    private static final String TOPIC = "bars.dib";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final LocalDate JAN_3 = LocalDate.of(2024, 1, 3);
    private static final String DATASET = "processed/bars/v1";

    @TempDir
    Path root;

    /** P0: AAPL 01-02 #0, BRK/B 01-02 #0, AAPL 01-02 #1, AAPL 01-03 #0; P1: ABRpA 01-02 #0 and #1. */
    private static List<ConsumerRecord<String, GenericRecord>> twoPartitionsOfBars() {
        return List.of(
                record(P0, 0, Fixtures.bar("AAPL", JAN_2, 0)),
                record(P0, 1, Fixtures.bar("BRK/B", JAN_2, 0)),
                record(P0, 2, Fixtures.bar("AAPL", JAN_2, 1)),
                record(P0, 3, Fixtures.bar("AAPL", JAN_3, 0)),
                record(P1, 0, Fixtures.bar("ABRpA", JAN_2, 0)),
                record(P1, 1, Fixtures.bar("ABRpA", JAN_2, 1)));
    }

    @Test
    void writesOneFilePerKafkaPartitionAndFolderNamedByFirstOffset() throws IOException {
        MockConsumer<String, GenericRecord> consumer = consumerOf(twoPartitionsOfBars());
        ExportStats stats = exporter(consumer, ExportSettings.catchUp(TOPIC, DATASET)).run();

        assertThat(new LocalStorage(root).list(PartitionPath.parse(DATASET))).containsExactly(
                Path.of(DATASET, "ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet"),
                Path.of(DATASET, "ticker=AAPL/date=2024-01-03/bars.dib+0+00000000000000000003.parquet"),
                Path.of(DATASET, "ticker=ABR%70A/date=2024-01-02/bars.dib+1+00000000000000000000.parquet"),
                Path.of(DATASET, "ticker=BRK%2FB/date=2024-01-02/bars.dib+0+00000000000000000001.parquet"));
        assertThat(seqs("ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet")).containsExactly(0, 1);
        assertThat(tickers("ticker=ABR%70A/date=2024-01-02/bars.dib+1+00000000000000000000.parquet"))
                .containsExactly("ABRpA", "ABRpA");
        assertThat(consumer.committed(Set.of(P0, P1))).isEqualTo(Map.of(
                P0, new OffsetAndMetadata(4), P1, new OffsetAndMetadata(2)));
        assertThat(stats.recordsRead()).isEqualTo(6);
        assertThat(stats.recordsWritten()).isEqualTo(6);
        assertThat(stats.filesWritten()).isEqualTo(4);
        assertThat(stats.rowsByPartition()).containsExactly(
                Map.entry("ticker=AAPL/date=2024-01-02", 2L), Map.entry("ticker=AAPL/date=2024-01-03", 1L),
                Map.entry("ticker=ABR%70A/date=2024-01-02", 2L), Map.entry("ticker=BRK%2FB/date=2024-01-02", 1L));
        assertThat(stats.rejectedByReason()).isEmpty();
    }

    @Test
    void rerunOverSameOffsetsReplacesFilesWithSameBytesAndAddsNone() throws IOException {
        exporter(consumerOf(twoPartitionsOfBars()), ExportSettings.catchUp(TOPIC, DATASET)).run();
        Map<Path, byte[]> first = snapshot();

        ExportStats again = exporter(consumerOf(twoPartitionsOfBars()), ExportSettings.catchUp(TOPIC, DATASET)).run();

        assertThat(again.filesWritten()).isEqualTo(4);
        Map<Path, byte[]> second = snapshot();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path.toString()).isEqualTo(bytes));
        try (var all = Files.walk(root)) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void resumesFromCommittedOffsetsWithoutRewritingEarlierFiles() throws IOException {
        List<ConsumerRecord<String, GenericRecord>> firstTwo = List.of(
                record(P0, 0, Fixtures.bar("AAPL", JAN_2, 0)), record(P0, 1, Fixtures.bar("AAPL", JAN_2, 1)));
        MockConsumer<String, GenericRecord> first = consumerOf(firstTwo);
        exporter(first, ExportSettings.catchUp(TOPIC, DATASET)).run();

        List<ConsumerRecord<String, GenericRecord>> all = new ArrayList<>(firstTwo);
        all.add(record(P0, 2, Fixtures.bar("AAPL", JAN_2, 2)));
        MockConsumer<String, GenericRecord> restarted = emptyConsumer(Map.of(P0, 3L, P1, 0L));
        // MockConsumer.assign forgets committed offsets, so the group's progress is restored inside the first poll
        restarted.schedulePollTask(() -> {
            restarted.commitSync(first.committed(Set.of(P0)));
            all.forEach(restarted::addRecord);
        });
        ExportStats stats = exporter(restarted, ExportSettings.catchUp(TOPIC, DATASET)).run();

        assertThat(stats.files()).containsExactly(
                DATASET + "/ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000002.parquet");
        assertThat(seqs("ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet")).containsExactly(0, 1);
        assertThat(seqs("ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000002.parquet")).containsExactly(2);
        assertThat(restarted.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void startsNewFileEveryMaxRecordsPerChunkOfAKafkaPartition() throws IOException {
        List<ConsumerRecord<String, GenericRecord>> five = new ArrayList<>();
        for (int offset = 0; offset < 5; offset++) {
            five.add(record(P0, offset, Fixtures.bar("AAPL", JAN_2, offset)));
        }
        ExportStats stats = exporter(consumerOf(five), ExportSettings.catchUp(TOPIC, DATASET).withMaxRecordsPerChunk(2))
                .run();
        // chunks of 2 records: offsets 0-1, 2-3, 4
        String folder = DATASET + "/ticker=AAPL/date=2024-01-02/";
        assertThat(stats.files()).containsExactly(
                folder + "bars.dib+0+00000000000000000000.parquet",
                folder + "bars.dib+0+00000000000000000002.parquet",
                folder + "bars.dib+0+00000000000000000004.parquet");
        assertThat(seqs("ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000002.parquet")).containsExactly(2, 3);
    }

    @Test
    void startsNewFileWhenSchemaChangesWithinFolder() throws IOException {
        Schema narrow = SchemaBuilder.record("NarrowBar").fields().requiredString("ticker")
                .name("session").type(LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT))).noDefault()
                .endRecord();
        GenericRecord narrowBar = new GenericRecordBuilder(narrow).set("ticker", "AAPL").set("session", 19_724).build();
        ExportStats stats = exporter(consumerOf(List.of(
                record(P0, 0, Fixtures.bar("AAPL", JAN_2, 0)), record(P0, 1, narrowBar))),
                ExportSettings.catchUp(TOPIC, DATASET)).run();

        String folder = DATASET + "/ticker=AAPL/date=2024-01-02/";
        assertThat(stats.files()).containsExactly(
                folder + "bars.dib+0+00000000000000000000.parquet", folder + "bars.dib+0+00000000000000000001.parquet");
        assertThat(Fixtures.readParquet(root.resolve(folder + "bars.dib+0+00000000000000000001.parquet")).get(0)
                .getSchema().getFields()).hasSize(2);
    }

    @Test
    void countsRejectedRecordsByReasonAndCommitsPastThem() throws IOException {
        MockConsumer<String, GenericRecord> consumer = consumerOf(List.of(
                record(P0, 0, Fixtures.bar("AAPL", JAN_2, 0)),
                record(P0, 1, null),
                record(P0, 2, Fixtures.trade("AAPL", Fixtures.OPEN_2024_01_02_NS)), // a trade has no session
                record(P0, 3, Fixtures.bar("AAPL", JAN_2, 1))));
        ExportStats stats = exporter(consumer, ExportSettings.catchUp(TOPIC, DATASET)).run();

        assertThat(stats.rejectedByReason()).containsExactly(
                Map.entry("field session is missing", 1L), Map.entry("null value", 1L));
        assertThat(stats.recordsRead()).isEqualTo(4);
        assertThat(stats.recordsWritten()).isEqualTo(2);
        assertThat(stats.recordsRead()).isEqualTo(stats.recordsWritten() + stats.recordsRejected());
        assertThat(seqs("ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet")).containsExactly(0, 1);
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(4));
    }

    @Test
    void stepsOverUndecodableRecordAndCountsIt() throws IOException {
        MockConsumer<String, GenericRecord> consumer = emptyConsumer(Map.of(P0, 3L, P1, 0L));
        consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 0, Fixtures.bar("AAPL", JAN_2, 0))));
        consumer.schedulePollTask(() -> consumer.setPollException(
                new RecordDeserializationException(RecordDeserializationException.DeserializationExceptionOrigin.VALUE,
                        P0, 1, 0L, TimestampType.CREATE_TIME, null, ByteBuffer.wrap(new byte[] {7}),
                        new RecordHeaders(), "unknown magic byte", null)));
        consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 2, Fixtures.bar("AAPL", JAN_2, 1))));
        ExportStats stats = exporter(consumer, ExportSettings.catchUp(TOPIC, DATASET)).run();

        assertThat(stats.rejectedByReason()).containsExactly(Map.entry("value could not be deserialized", 1L));
        assertThat(seqs("ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet")).containsExactly(0, 1);
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void followModeWritesWhenIdleAndStopsOnRequest() throws IOException {
        MockConsumer<String, GenericRecord> consumer = emptyConsumer(Map.of(P0, 0L, P1, 0L));
        TopicParquetExporter exporter = exporter(consumer, ExportSettings.catchUp(TOPIC, DATASET).following());
        consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 0, Fixtures.bar("AAPL", JAN_2, 0))));
        consumer.scheduleNopPollTask();
        consumer.schedulePollTask(() -> {
            assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(1));
            exporter.stop();
        });
        ExportStats stats = exporter.run();

        assertThat(stats.files()).containsExactly(
                DATASET + "/ticker=AAPL/date=2024-01-02/bars.dib+0+00000000000000000000.parquet");
    }

    @Test
    void writesNothingForEmptyTopic() throws IOException {
        MockConsumer<String, GenericRecord> consumer = emptyConsumer(Map.of(P0, 0L, P1, 0L));
        ExportStats stats = exporter(consumer, ExportSettings.catchUp(TOPIC, DATASET)).run();
        assertThat(stats.recordsRead()).isZero();
        assertThat(stats.files()).isEmpty();
        assertThat(consumer.committed(Set.of(P0, P1))).isEmpty();
    }

    private TopicParquetExporter exporter(MockConsumer<String, GenericRecord> consumer, ExportSettings settings)
            throws IOException {
        return new TopicParquetExporter(consumer, settings, TickerDatePartitioner.of("ticker", "session"),
                new ParquetFormat(ParquetSettings.DEFAULT), new LocalStorage(root));
    }

    /** A consumer whose end offsets cover {@code records}, which arrive in its first poll. */
    private static MockConsumer<String, GenericRecord> consumerOf(List<ConsumerRecord<String, GenericRecord>> records) {
        Map<TopicPartition, Long> end = new HashMap<>(Map.of(P0, 0L, P1, 0L));
        records.forEach(r -> end.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        MockConsumer<String, GenericRecord> consumer = emptyConsumer(end);
        consumer.schedulePollTask(() -> records.forEach(consumer::addRecord));
        return consumer;
    }

    private static MockConsumer<String, GenericRecord> emptyConsumer(Map<TopicPartition, Long> endOffsets) {
        MockConsumer<String, GenericRecord> consumer = new MockConsumer<>("earliest");
        consumer.updatePartitions(TOPIC, List.of(
                new PartitionInfo(TOPIC, 0, null, null, null), new PartitionInfo(TOPIC, 1, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(endOffsets);
        return consumer;
    }

    private static ConsumerRecord<String, GenericRecord> record(TopicPartition tp, long offset, GenericRecord value) {
        return new ConsumerRecord<>(tp.topic(), tp.partition(), offset, "key", value);
    }

    private List<Object> seqs(String fileInDataset) throws IOException {
        return Fixtures.readParquet(root.resolve(DATASET).resolve(fileInDataset)).stream().map(r -> r.get("seq")).toList();
    }

    private List<String> tickers(String fileInDataset) throws IOException {
        return Fixtures.readParquet(root.resolve(DATASET).resolve(fileInDataset)).stream()
                .map(r -> r.get("ticker").toString()).toList();
    }

    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> bytes = new HashMap<>();
        for (Path file : new LocalStorage(root).list(PartitionPath.ROOT)) {
            bytes.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return bytes;
    }
}
