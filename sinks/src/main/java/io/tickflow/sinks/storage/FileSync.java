package io.tickflow.sinks.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When files moved into place by {@link AtomicFile} are forced to disk ({@code fsync}), the connector's
 * {@code file.sync}.
 *
 * <p>The rename alone makes a file appear whole or not at all to every reader and to a restarted process: a killed
 * worker (what {@code SinkCrashIT} does) never leaves a torn file, whatever the mode. {@code fsync} adds protection
 * against the operating system or the power failing, at a cost measured on these machines at about 3.7 ms per call,
 * four calls per file (file, folder, manifest, manifest folder): 40% of the sink's time. Hence the modes:
 * <ul>
 *   <li>{@link Mode#ALWAYS}: force each file before its rename and its folder after, one by one; the slowest.</li>
 *   <li>{@link Mode#COMMIT}: rename without forcing, remember the file, and force every remembered file and folder
 *   once in {@link #syncPending()}, which the task calls before it hands offsets to Connect. Committed offsets then
 *   only cover files on disk, as with {@code ALWAYS}, but the forcing is batched per offset commit and a folder is
 *   forced once per commit however many files it received. After a power failure, a file renamed since the last
 *   commit may be torn; its offsets were not committed, and the resumed partition deletes and rewrites it.</li>
 *   <li>{@link Mode#NONE}: never force, as Kafka's own log (durability by replication, {@code log.flush.*} off) and
 *   Confluent's HDFS and S3 sinks, which do not {@code fsync} per file either; a power failure can lose files whose
 *   offsets are committed.</li>
 * </ul>
 * Thread safe.
 */
public final class FileSync {

    /** How files are forced; see the class comment. */
    public enum Mode {
        ALWAYS, COMMIT, NONE;

        /** The mode named {@code text}, case-insensitive. */
        public static Mode parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Forces every file and folder at once: the behaviour of an {@link AtomicFile} made without a sync. */
    public static final FileSync ALWAYS = new FileSync(Mode.ALWAYS);

    private final Mode mode;
    private final Set<Path> pending = new LinkedHashSet<>();

    public FileSync(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public Mode mode() {
        return mode;
    }

    /** Before {@code temp} is renamed over its target: forces it in {@link Mode#ALWAYS}. */
    void beforeRename(Path temp) throws IOException {
        if (mode == Mode.ALWAYS) {
            force(temp);
        }
    }

    /** After the rename to {@code target}: forces its folder in {@link Mode#ALWAYS}, remembers it in {@link Mode#COMMIT}. */
    void afterRename(Path target) {
        if (mode == Mode.ALWAYS) {
            forceFolder(target.getParent());
        } else if (mode == Mode.COMMIT) {
            synchronized (pending) {
                pending.add(target);
            }
        }
    }

    /**
     * Forces every file renamed since the last call, then each of their folders once; files since deleted or
     * replaced by a later rename are skipped (the later one is in the set). Does nothing unless {@link Mode#COMMIT}.
     *
     * @return files forced
     * @throws IOException if a file cannot be forced; the files not yet forced stay pending
     */
    public int syncPending() throws IOException {
        List<Path> files;
        synchronized (pending) {
            files = new ArrayList<>(pending);
        }
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : files) {
            try {
                force(file);
            } catch (NoSuchFileException gone) {
                // deleted (a resumed partition's stale file) or replaced; nothing of it to make durable
            }
            folders.add(file.getParent());
            synchronized (pending) {
                pending.remove(file);
            }
        }
        folders.forEach(FileSync::forceFolder);
        return files.size();
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceFolder(Path folder) {
        // Makes renames in it durable on Linux; other systems refuse to open a folder, which is fine to skip.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // best effort only: the rename already happened
        }
    }
}
