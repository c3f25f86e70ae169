package io.tickflow.sinks.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * @param sync   when the file and its folder are forced to disk ({@link FileSync})
 */
public record AtomicFile(Path target, FileSync sync) {

    public AtomicFile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sync, "sync");
        if (target.getFileName() == null || target.getParent() == null) {
            throw new IllegalArgumentException("target needs a folder and a file name: " + target);
        }
    }

    /** A file forced to disk before and after its rename ({@link FileSync#ALWAYS}). */
    public AtomicFile(Path target) {
        this(target, FileSync.ALWAYS);
    }

    /** Where writers put the bytes before {@link #publish()}. */
    public Path temp() {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /**
     * Renames the temp file over the target atomically, so that after a process crash the target holds either the old
     * or the new complete file; with {@link FileSync.Mode#ALWAYS} the temp file is forced to disk before and the
     * folder entry after, so that this holds after an operating-system crash too ({@link FileSync} for the others).
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot rename atomically
     */
    public void publish() throws IOException {
        sync.beforeRename(temp());
        // On POSIX rename(2) replaces an existing target atomically; Files.move documents replacement as
        // implementation specific, and on Linux and macOS it replaces.
        Files.move(temp(), target, StandardCopyOption.ATOMIC_MOVE);
        sync.afterRename(target);
    }

    /** Deletes the temp file if it exists; the target is left alone. */
    public void discard() throws IOException {
        Files.deleteIfExists(temp());
    }
}
