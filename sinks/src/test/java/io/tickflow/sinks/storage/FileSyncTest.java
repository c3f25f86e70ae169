package io.tickflow.sinks.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.partition.PartitionPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSyncTest {

    @TempDir
    Path tmp;

    @Test
    void commitModeForcesFilesRenamedSinceTheLastCommitOnce() throws IOException {
        FileSync sync = new FileSync(FileSync.Mode.COMMIT);
        LocalStorage storage = new LocalStorage(tmp, sync);
        publish(storage, "date=2024-01-02", "a.parquet");
        publish(storage, "date=2024-01-02", "b.parquet");
        publish(storage, "date=2024-01-03", "a.parquet");

        assertThat(sync.syncPending()).isEqualTo(3);
        assertThat(sync.syncPending()).isZero();
    }

    @Test
    void commitModeCountsAFileRenamedTwiceOnce() throws IOException {
        FileSync sync = new FileSync(FileSync.Mode.COMMIT);
        LocalStorage storage = new LocalStorage(tmp, sync);
        publish(storage, "date=2024-01-02", "a.parquet");
        publish(storage, "date=2024-01-02", "a.parquet"); // a rewrite replaces the same name

        assertThat(sync.syncPending()).isEqualTo(1);
    }

    @Test
    void commitModeSkipsAFileDeletedBeforeTheCommit() throws IOException {
        FileSync sync = new FileSync(FileSync.Mode.COMMIT);
        Path file = publish(new LocalStorage(tmp, sync), "date=2024-01-02", "a.parquet");
        Files.delete(file); // a resumed partition deletes its files past the resume offset

        assertThat(sync.syncPending()).isEqualTo(1);
        assertThat(sync.syncPending()).isZero();
    }

    @Test
    void alwaysAndNoneLeaveNothingPending() throws IOException {
        for (FileSync.Mode mode : new FileSync.Mode[] {FileSync.Mode.ALWAYS, FileSync.Mode.NONE}) {
            FileSync sync = new FileSync(mode);
            Path file = publish(new LocalStorage(tmp.resolve(mode.name()), sync), "date=2024-01-02", "a.parquet");

            assertThat(file).hasContent("bytes");
            assertThat(sync.syncPending()).isZero();
        }
    }

    @Test
    void parsesModeNamesWhateverTheirCase() {
        assertThat(FileSync.Mode.parse(" Commit ")).isEqualTo(FileSync.Mode.COMMIT);
        assertThat(FileSync.Mode.parse("none")).isEqualTo(FileSync.Mode.NONE);
    }

    private static Path publish(LocalStorage storage, String folder, String name) throws IOException {
        AtomicFile file = storage.atomicFile(PartitionPath.parse(folder), name);
        Files.writeString(file.temp(), "bytes");
        file.publish();
        return file.target();
    }
}
