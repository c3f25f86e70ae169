package io.tickflow.sinks.storage;

import io.tickflow.sinks.partition.PartitionPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Files under one root folder on a local file system (the storage seam of kafka-connect-storage-common's
 * {@code Storage}, local only). Every path it hands out lies inside the root: partition paths are checked segment
 * by segment ({@link PartitionPath}), the result is normalised and compared with the root, and after folders are
 * created their real path (symbolic links followed) is compared with the root's real path too.
 */
public final class LocalStorage {

    private final Path root;
    private final FileSync sync;

    /**
     * Storage whose files are forced to disk one by one ({@link FileSync#ALWAYS}).
     *
     * @param root the root folder; created if absent
     * @throws IOException if the root cannot be created
     */
    public LocalStorage(Path root) throws IOException {
        this(root, FileSync.ALWAYS);
    }

    /**
     * @param root the root folder; created if absent
     * @param sync when the files of {@link #atomicFile} are forced to disk
     * @throws IOException if the root cannot be created
     */
    public LocalStorage(Path root, FileSync sync) throws IOException {
        Files.createDirectories(root);
        this.root = root.toAbsolutePath().normalize();
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    /** The absolute, normalised root. */
    public Path root() {
        return root;
    }

    /**
     * The folder of a partition, inside the root; not created.
     *
     * @throws IllegalArgumentException if the result would leave the root (cannot happen for a valid
     *         {@link PartitionPath}; checked again as defence in depth)
     */
    public Path folder(PartitionPath partition) {
        Path folder = root;
        for (String segment : partition.segments()) {
            folder = folder.resolve(segment);
        }
        return requireInsideRoot(folder.normalize(), root);
    }

    /**
     * Parses a relative path such as {@code processed/bars/v1} and returns its folder inside the root.
     *
     * @throws IllegalArgumentException for absolute paths, {@code ..}, empty segments or unsafe characters
     */
    public Path folder(String relative) {
        return folder(PartitionPath.parse(relative));
    }

    /**
     * Creates the partition folder and returns an {@link AtomicFile} for {@code fileName} in it.
     *
     * @param fileName one safe segment, e.g. {@code bars.dib+0+00000000000000000042.parquet}
     * @throws IOException if folders cannot be created, or a symbolic link leads out of the root
     */
    public AtomicFile atomicFile(PartitionPath partition, String fileName) throws IOException {
        Path target = folder(partition.resolve(PartitionPath.of(fileName)));
        Files.createDirectories(target.getParent());
        requireRealInsideRoot(target.getParent());
        return new AtomicFile(target, sync);
    }

    /**
     * Committed files under a partition folder, recursively, as paths relative to the root, sorted; files or folders
     * whose names start with {@code .} or {@code _} (temp files, {@code _SUCCESS}) are left out. An absent folder
     * gives an empty list.
     */
    public List<Path> list(PartitionPath partition) throws IOException {
        Path folder = folder(partition);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(LocalStorage::isVisible)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isVisible(Path relative) {
        for (Path name : relative) {
            String text = name.toString();
            if (text.startsWith(".") || text.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    private void requireRealInsideRoot(Path folder) throws IOException {
        Path realRoot = root.toRealPath();
        if (!folder.toRealPath().startsWith(realRoot)) {
            throw new IOException("folder " + folder + " resolves outside the storage root " + realRoot);
        }
    }

    private static Path requireInsideRoot(Path candidate, Path root) {
        if (!candidate.startsWith(root)) {
            throw new IllegalArgumentException("path " + candidate + " is outside the storage root " + root);
        }
        return candidate;
    }
}
