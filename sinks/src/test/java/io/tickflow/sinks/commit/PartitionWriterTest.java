package io.tickflow.sinks.commit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.partition.TickerDatePartitioner;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionWriterTest {

    private static final TopicPartition P0 = new TopicPartition("bars.dib", 0);
    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final LocalDate JAN_3 = LocalDate.of(2024, 1, 3);
    private static final String DATASET = "processed/bars/v1";
    private static final String AAPL_2 = DATASET + "/ticker=AAPL/date=2024-01-02/";

    @TempDir
    Path root;

    private final OffsetLedger ledger = new OffsetLedger();

    @Test
    void cutsFilesAtOffsetsZeroThreeSixWithFlushSizeThree() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.everyRecords(3));
        List<WrittenFile> files = writeBars(writer, 0, 7);

        // 7 records, 3 per chunk: chunks [0..2] and [3..5] are written, offset 6 waits in memory
        assertThat(files).extracting(WrittenFile::relativePath).containsExactly(
                AAPL_2 + "bars.dib+0+00000000000000000000.parquet",
                AAPL_2 + "bars.dib+0+00000000000000000003.parquet");
        assertThat(seqs(files.get(1))).containsExactly(3, 4, 5);
        assertThat(files.get(1).lastOffset()).isEqualTo(5);
        assertThat(writer.pending()).isEqualTo(1);
        assertThat(ledger.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(6)));
    }

    @Test
    void commitsNothingBeforeTheFirstFileIsInPlace() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.everyRecords(3));
        writeBars(writer, 0, 2);

        assertThat(ledger.committable()).isEmpty();
        assertThat(Files.exists(root.resolve(DATASET))).isFalse();
    }

    @Test
    void discardedRecordsAreRewrittenWithTheSameNamesAndBytesFromTheCommittedOffset() throws IOException {
        PartitionWriter first = writer(RotationPolicy.everyRecords(3));
        writeBars(first, 0, 5); // files at 0; 3..4 pending
        first.discard();         // the crash: committed offset is 3
        Path file3 = root.resolve(AAPL_2 + "bars.dib+0+00000000000000000003.parquet");
        assertThat(file3).doesNotExist();

        PartitionWriter restarted = writer(RotationPolicy.everyRecords(3));
        writeBars(restarted, 3, 6); // rereads 3, 4, 5
        byte[] once = Files.readAllBytes(file3);
        writeBars(writer(RotationPolicy.everyRecords(3)), 3, 6); // a second replay of the same chunk

        assertThat(Files.readAllBytes(file3)).isEqualTo(once);
        assertThat(seqs(file3)).containsExactly(3, 4, 5);
    }

    @Test
    void rotatesWhenRecordTimeReachesTheIntervalAndPutsThatRecordInTheNextFile() throws IOException {
        PartitionWriter writer = writer(new RotationPolicy(100, 60_000, false));
        // timestamps 0 s, 30 s, 59.999 s, 60 s: the fourth is 60,000 ms after the first, so it opens a new chunk
        long[] times = {0, 30_000, 59_999, 60_000};
        List<WrittenFile> files = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            files.addAll(writer.write(input(i, times[i], Fixtures.bar("AAPL", JAN_2, i)), path(JAN_2, "AAPL")));
        }
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.rows()).isEqualTo(3);
            assertThat(f.minTimestampMs()).isZero();
            assertThat(f.maxTimestampMs()).isEqualTo(59_999);
        });
    }

    @Test
    void rotatesWhenTheFolderChangesIfAskedTo() throws IOException {
        PartitionWriter writer = writer(new RotationPolicy(100, -1, true));
        List<WrittenFile> files = new ArrayList<>(writer.write(input(0, 0, Fixtures.bar("AAPL", JAN_2, 0)), path(JAN_2, "AAPL")));
        files.addAll(writer.write(input(1, 0, Fixtures.bar("AAPL", JAN_2, 1)), path(JAN_2, "AAPL")));
        files.addAll(writer.write(input(2, 0, Fixtures.bar("AAPL", JAN_3, 0)), path(JAN_3, "AAPL")));

        assertThat(files).extracting(WrittenFile::relativePath)
                .containsExactly(AAPL_2 + "bars.dib+0+00000000000000000000.parquet");
        assertThat(ledger.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(2)));
    }

    @Test
    void skippedRecordsCountTowardsTheChunkAndAreCommittedWithIt() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.everyRecords(3));
        writer.write(input(0, 0, Fixtures.bar("AAPL", JAN_2, 0)), path(JAN_2, "AAPL"));
        writer.skip(1);
        List<WrittenFile> files = writer.skip(2);

        assertThat(files).singleElement().extracting(WrittenFile::rows).isEqualTo(1);
        assertThat(ledger.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(3)));
    }

    private PartitionWriter writer(RotationPolicy rotation) throws IOException {
        return new PartitionWriter(P0, PartitionPath.parse(DATASET), new ParquetFormat(ParquetSettings.DEFAULT),
                new LocalStorage(root), rotation, ledger);
    }

    /** Bars AAPL 2024-01-02 with seq = offset, for offsets [from, to). */
    private static List<WrittenFile> writeBars(PartitionWriter writer, int from, int to) throws IOException {
        List<WrittenFile> files = new ArrayList<>();
        for (int offset = from; offset < to; offset++) {
            files.addAll(writer.write(input(offset, 1_000L * offset, Fixtures.bar("AAPL", JAN_2, offset)),
                    path(JAN_2, "AAPL")));
        }
        return files;
    }

    private static SinkInput input(long offset, long timestampMs, GenericRecord value) {
        return new SinkInput(value, offset, timestampMs, 7);
    }

    private static PartitionPath path(LocalDate date, String ticker) {
        return TickerDatePartitioner.of("ticker", "session").partitionOf(Fixtures.bar(ticker, date, 0));
    }

    private List<Integer> seqs(WrittenFile file) throws IOException {
        return seqs(root.resolve(file.relativePath()));
    }

    private static List<Integer> seqs(Path file) throws IOException {
        return Fixtures.readParquet(file).stream().map(r -> (Integer) r.get("seq")).toList();
    }
}
