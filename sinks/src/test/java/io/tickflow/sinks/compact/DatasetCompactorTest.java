package io.tickflow.sinks.compact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.format.RecordWriter;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.manifest.FileEntry;
import io.tickflow.sinks.manifest.FileEntry.OffsetRange;
import io.tickflow.sinks.manifest.PartitionManifest;
import io.tickflow.sinks.manifest.PartitionManifest.Compaction;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCompactorTest {

    private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    private static final String SEALED = "ticker=AAPL/date=2024-01-02";
    private static final String OPEN = "ticker=AAPL/date=2024-01-03";
    private static final String PART_0 = "bars.dib+0+00000000000000000000.parquet";
    private static final String PART_5 = "bars.dib+0+00000000000000000005.parquet";

    @TempDir
    Path dataset;

    private final ParquetFormat format = new ParquetFormat(ParquetSettings.DEFAULT);
    private DatasetManifest manifest;

    @BeforeEach
    void writeParts() throws IOException {
        manifest = new DatasetManifest(dataset, "processed/bars/v1");
        part(SEALED, PART_0, 0, 1);     // seqs 0, 1 from offsets 0..3, times 0..300
        part(SEALED, PART_5, 2, 3, 4);  // seqs 2, 3, 4 from offsets 5..10, times 200..900
        part(OPEN, PART_0, 0);
        Files.createFile(dataset.resolve(SEALED).resolve("_SUCCESS"));
        manifest.update(SEALED, doc -> doc.setSealed(true));
    }

    @Test
    void mergesTheSealedFoldersPartsIntoOneFileInOffsetOrderAndLeavesOpenFoldersAlone() throws IOException {
        DatasetCompactor.Summary summary = compactor().compact();

        assertThat(summary).isEqualTo(new DatasetCompactor.Summary(1, 0, List.of()));
        assertThat(filesIn(SEALED)).containsExactly("_MANIFEST.json", "_SUCCESS", "bars.parquet");
        assertThat(seqs(SEALED, "bars.parquet")).containsExactly(0, 1, 2, 3, 4);
        assertThat(filesIn(OPEN)).containsExactly("_MANIFEST.json", PART_0);
        PartitionManifest doc = manifest.read(SEALED);
        assertThat(doc.files()).containsOnlyKeys("bars.parquet");
        // rows 2 + 3 = 5; offset ranges 0..3 and 5..10 kept; times min(0, 200) .. max(300, 900)
        assertThat(doc.files().get("bars.parquet")).isEqualTo(new FileEntry(5, 0, 900, 7,
                List.of(new OffsetRange("bars.dib", 0, 0, 3), new OffsetRange("bars.dib", 0, 5, 10))));
        assertThat(doc.isSealed()).isTrue();
        assertThat(doc.compaction()).isEmpty();
    }

    @Test
    void runningAgainChangesNothing() throws IOException {
        compactor().compact();
        byte[] before = Files.readAllBytes(dataset.resolve(SEALED).resolve("bars.parquet"));
        String manifestBefore = Files.readString(manifest.pathOf(SEALED));

        assertThat(compactor().compact()).isEqualTo(new DatasetCompactor.Summary(0, 1, List.of()));
        assertThat(Files.readAllBytes(dataset.resolve(SEALED).resolve("bars.parquet"))).isEqualTo(before);
        assertThat(Files.readString(manifest.pathOf(SEALED))).isEqualTo(manifestBefore);
    }

    @Test
    void aCrashAfterTheRenameOnlyLeavesThePartsToDelete() throws IOException {
        // state after step 2: compaction recorded, target renamed into place, parts still there
        manifest.update(SEALED, doc -> doc.setCompaction(new Compaction("bars.parquet", List.of(PART_0, PART_5), 5)));
        write(SEALED, "bars.parquet", 0, 1, 2, 3, 4);

        compactor().compact();

        assertThat(filesIn(SEALED)).containsExactly("_MANIFEST.json", "_SUCCESS", "bars.parquet");
        assertThat(seqs(SEALED, "bars.parquet")).containsExactly(0, 1, 2, 3, 4); // not 10 rows
        assertThat(manifest.read(SEALED).compaction()).isEmpty();
        assertThat(manifest.read(SEALED).files().get("bars.parquet").rows()).isEqualTo(5);
    }

    @Test
    void aCrashBeforeTheRenameStartsOverAndRemovesTheTempFile() throws IOException {
        manifest.update(SEALED, doc -> doc.setCompaction(new Compaction("bars.parquet", List.of(PART_0, PART_5), 5)));
        Files.writeString(dataset.resolve(SEALED).resolve(".bars.parquet.tmp"), "half a file");

        compactor().compact();

        assertThat(filesIn(SEALED)).containsExactly("_MANIFEST.json", "_SUCCESS", "bars.parquet");
        assertThat(seqs(SEALED, "bars.parquet")).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void partsArrivingAfterACompactionAreMergedBehindTheEarlierRows() throws IOException {
        compactor().compact();
        part(SEALED, "bars.dib+0+00000000000000000020.parquet", 5);

        compactor().compact();

        assertThat(filesIn(SEALED)).containsExactly("_MANIFEST.json", "_SUCCESS", "bars.parquet");
        assertThat(seqs(SEALED, "bars.parquet")).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(manifest.read(SEALED).files().get("bars.parquet").offsets()).hasSize(3);
    }

    private DatasetCompactor compactor() {
        return new DatasetCompactor(dataset, "processed/bars/v1", format, "bars.parquet");
    }

    /** A part file of bars with the given seqs, listed in the manifest: 2 offsets per row, times seq0·100 .. last·200+100. */
    private void part(String folder, String name, int... seqs) throws IOException {
        write(folder, name, seqs);
        long first = Long.parseLong(name.substring(name.lastIndexOf('+') + 1, name.indexOf(".parquet")));
        FileEntry entry = new FileEntry(seqs.length, seqs[0] * 100L, seqs[seqs.length - 1] * 200L + 100, 7,
                List.of(new OffsetRange("bars.dib", 0, first, first + 2 * seqs.length - 1)));
        manifest.update(folder, doc -> doc.putFile(name, entry));
    }

    private void write(String folder, String name, int... seqs) throws IOException {
        Files.createDirectories(dataset.resolve(folder));
        try (RecordWriter writer = format.open(new AtomicFile(dataset.resolve(folder).resolve(name)),
                Fixtures.bar("AAPL", JAN_2, 0).getSchema())) {
            for (int seq : seqs) {
                writer.write(Fixtures.bar("AAPL", JAN_2, seq));
            }
            writer.commit();
        }
    }

    private List<String> filesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(dataset.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<Object> seqs(String folder, String name) throws IOException {
        return Fixtures.readParquet(dataset.resolve(folder).resolve(name)).stream().map(r -> r.get("seq")).toList();
    }
}
