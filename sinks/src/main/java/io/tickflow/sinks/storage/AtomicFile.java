package io.tickflow.sinks.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A file that appears at its target path whole or not at all: writers fill {@link #temp()}, then {@link #publish()}
 * moves it over the target in one atomic rename, replacing an older file of the same name.
 *
 * <p>The temp file sits in the target's folder (a rename across file systems is not atomic) and is named
 * {@code .<name>.tmp}: readers skip dot files (DuckDB globs, Spark and Hadoop treat them as hidden). The name is
 * deterministic, so a run restarted after a crash overwrites the leftover instead of piling up new ones.
 *
 * @param target final path, absolute; its folder must exist
 */
public record AtomicFile(Path target) {

    public AtomicFile {
        Objects.requireNonNull(target, "target");
        if (target.getFileName() == null || target.getParent() == null) {
            throw new IllegalArgumentException("target needs a folder and a file name: " + target);
        }
    }

    /** Where writers put the bytes before {@link #publish()}. */
    public Path temp() {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /**
     * Flushes the temp file to disk, renames it over the target atomically, then flushes the folder entry, so that
     * after a crash the target holds either the old or the new complete file.
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot rename atomically
     */
    public void publish() throws IOException {
        try (FileChannel channel = FileChannel.open(temp(), StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        // On POSIX rename(2) replaces an existing target atomically; Files.move documents replacement as
        // implementation specific, and on Linux and macOS it replaces.
        Files.move(temp(), target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.getParent());
    }

    /** Deletes the temp file if it exists; the target is left alone. */
    public void discard() throws IOException {
        Files.deleteIfExists(temp());
    }

    private static void forceFolder(Path folder) {
        // Makes the rename itself durable on Linux; other systems refuse to open a folder, which is fine to skip.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // best effort only: the rename already happened
        }
    }
}
