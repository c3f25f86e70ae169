package io.tickflow.sinks.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.manifest.FileEntry.OffsetRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetManifestTest {

    private static final String DATASET = "processed/bars/v1";

    @TempDir
    Path dataset;

    @Test
    void anUpdateRewritesOnlyItsFoldersManifestHoweverManyFoldersTheDatasetHas() throws IOException {
        DatasetManifest manifest = new DatasetManifest(dataset, DATASET);
        for (int ticker = 0; ticker < 40; ticker++) {
            for (int day = 1; day <= 10; day++) {
                String folder = folder(ticker, day);
                manifest.update(folder, doc -> doc.putFile("part.parquet", entry(3)));
            }
        }
        Map<Path, String> before = contents();
        long indexBytes = Files.size(manifest.indexPath());

        manifest.update(folder(7, 3), doc -> doc.putFile("next.parquet", entry(2)));

        Map<Path, String> after = contents();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<Path> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        assertThat(changed).containsExactly(manifest.pathOf(folder(7, 3)));
        assertThat(Files.size(manifest.indexPath())).isEqualTo(indexBytes).isLessThan(200);
        assertThat(manifest.folders()).hasSize(400);
        assertThat(manifest.read(folder(7, 3)).total().rows()).isEqualTo(5); // 3 + 2
    }

    @Test
    void theIndexNamesTheDatasetAndWhereThePartitionManifestsAre() throws IOException {
        DatasetManifest manifest = new DatasetManifest(dataset, DATASET);
        manifest.update("ticker=A/date=2024-01-02", doc -> doc.setSealed(true));

        assertThat(Files.readString(manifest.indexPath()).replaceAll("\\s", "")).isEqualTo(
                "{\"dataset\":\"processed/bars/v1\",\"manifest_layout\":2,\"partition_manifest\":\"_MANIFEST.json\"}");
        assertThat(manifest.pathOf("ticker=A/date=2024-01-02"))
                .isEqualTo(dataset.resolve("ticker=A/date=2024-01-02/_MANIFEST.json"));
        assertThat(manifest.read("ticker=A/date=2024-01-02").isSealed()).isTrue();
    }

    @Test
    void aFolderManifestLeftWithNothingToSayIsDeleted() throws IOException {
        DatasetManifest manifest = new DatasetManifest(dataset, DATASET);
        manifest.update("date=2024-01-02", doc -> doc.putFile("a.parquet", entry(1)));
        manifest.update("date=2024-01-02", doc -> doc.removeFile("a.parquet"));

        assertThat(manifest.pathOf("date=2024-01-02")).doesNotExist();
        assertThat(manifest.folders()).isEmpty();
    }

    @Test
    void filesDirectlyInTheDatasetFolderHaveTheirManifestBesideTheIndex() throws IOException {
        DatasetManifest manifest = new DatasetManifest(dataset, DATASET);
        manifest.update("", doc -> doc.putFile("a.parquet", entry(4)));

        assertThat(manifest.folders()).containsExactly("");
        assertThat(manifest.read("").files()).containsOnlyKeys("a.parquet");
        assertThat(manifest.indexPath()).exists();
    }

    @Test
    void writersOfANewDatasetStartingTogetherAllSucceedAndLeaveOneIndex() throws Exception {
        // Each sink task keeps one DatasetManifest per Kafka partition; their first updates race for the index.
        int writers = 8;
        for (int attempt = 0; attempt < 20; attempt++) {
            Path folder = dataset.resolve("attempt-" + attempt);
            CyclicBarrier start = new CyclicBarrier(writers);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> updates = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    String partition = folder(w, 2);
                    updates.add(pool.submit(() -> {
                        DatasetManifest manifest = new DatasetManifest(folder, DATASET);
                        start.await();
                        manifest.update(partition, doc -> doc.putFile("part.parquet", entry(1)));
                        return null;
                    }));
                }
                for (Future<?> update : updates) {
                    update.get(30, TimeUnit.SECONDS); // throws if a writer failed
                }
            } finally {
                pool.shutdownNow();
            }
            DatasetManifest manifest = new DatasetManifest(folder, DATASET);
            assertThat(manifest.folders()).hasSize(writers);
            assertThat(Files.readString(manifest.indexPath())).contains("\"manifest_layout\" : 2");
            assertThat(folder.resolve(".MANIFEST.json.tmp")).doesNotExist();
        }
    }

    private static String folder(int ticker, int day) {
        return String.format("ticker=T%03d/date=2024-01-%02d", ticker, day);
    }

    private static FileEntry entry(long rows) {
        return new FileEntry(rows, 1_000, 2_000, 7, List.of(new OffsetRange("bars.dib", 0, 0, rows - 1)));
    }

    /** Every file under the dataset folder but the lock stripes (they are opened, never written). */
    private Map<Path, String> contents() throws IOException {
        Map<Path, String> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(dataset)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".lock")).toList()) {
                contents.put(file, Files.readString(file));
            }
        }
        return contents;
    }
}
