package io.tickflow.sinks.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.sinks.partition.PartitionPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest {

    @TempDir
    Path tmp;

    @Test
    void resolvesPartitionInsideRoot() throws IOException {
        LocalStorage storage = new LocalStorage(tmp.resolve("out"));
        assertThat(storage.folder("processed/bars/v1")).isEqualTo(tmp.resolve("out/processed/bars/v1").toAbsolutePath());
    }

    @Test
    void refusesParentFolderEscape() throws IOException {
        LocalStorage storage = new LocalStorage(tmp.resolve("out"));
        assertThatThrownBy(() -> storage.folder("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.folder("a/../../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.folder("/etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.atomicFile(PartitionPath.ROOT, "..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.atomicFile(PartitionPath.ROOT, "a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void refusesSymbolicLinkLeadingOutOfRoot() throws IOException {
        LocalStorage storage = new LocalStorage(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(tmp.resolve("out/link"), tmp.resolve("elsewhere"));
        assertThatThrownBy(() -> storage.atomicFile(PartitionPath.of("link"), "f.parquet"))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the storage root");
    }

    @Test
    void publishesTempFileOverTargetAtomically() throws IOException {
        LocalStorage storage = new LocalStorage(tmp);
        AtomicFile file = storage.atomicFile(PartitionPath.of("date=2024-01-02"), "f.parquet");
        Files.writeString(file.target(), "old");
        Files.writeString(file.temp(), "new");
        file.publish();
        assertThat(file.target()).hasContent("new");
        assertThat(file.temp()).doesNotExist();
        assertThat(file.temp().getFileName().toString()).isEqualTo(".f.parquet.tmp");
    }

    @Test
    void discardDeletesTempFileAndKeepsTarget() throws IOException {
        AtomicFile file = new LocalStorage(tmp).atomicFile(PartitionPath.ROOT, "f.parquet");
        Files.writeString(file.target(), "committed");
        Files.writeString(file.temp(), "partial");
        file.discard();
        assertThat(file.temp()).doesNotExist();
        assertThat(file.target()).hasContent("committed");
    }

    @Test
    void listsCommittedFilesSortedSkippingHiddenOnes() throws IOException {
        LocalStorage storage = new LocalStorage(tmp);
        write(tmp.resolve("ds/date=2024-01-03/b.parquet"));
        write(tmp.resolve("ds/date=2024-01-02/a.parquet"));
        write(tmp.resolve("ds/date=2024-01-02/.a.parquet.tmp"));
        write(tmp.resolve("ds/_SUCCESS"));
        assertThat(storage.list(PartitionPath.of("ds"))).containsExactly(
                Path.of("ds/date=2024-01-02/a.parquet"), Path.of("ds/date=2024-01-03/b.parquet"));
        assertThat(storage.list(PartitionPath.of("absent"))).isEmpty();
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, "x".getBytes(StandardCharsets.UTF_8));
    }
}
