package io.tickflow.sinks.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.sinks.storage.AtomicFile;
import io.tickflow.sinks.storage.FileSync;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * The manifests of one dataset folder (e.g. {@code processed/bars/v1_2020_2025}): a {@code _MANIFEST.json} in each
 * partition folder ({@link PartitionManifest}: files, row counts, event-time range, Kafka offsets, schema ids,
 * sealed) and a small {@code MANIFEST.json} index at the dataset folder saying where those are.
 *
 * <p>Why one manifest per partition folder: with years of sessions times thousands of tickers a single dataset
 * manifest grows without bound and every update rewrites all of it. Here an update reads and rewrites one small file
 * (the folder's), and the index is written once; the cost of an update does not depend on the size of the dataset.
 * Readers list the folders by walking the dataset folder for {@code _MANIFEST.json} ({@link #folders()}), or in SQL
 * with DuckDB {@code read_json('<dataset>/**&#47;_MANIFEST.json')}. The underscore keeps the file out of
 * Spark/Hive listings, as {@code _SUCCESS}.
 *
 * <p>Several writers may update one folder's manifest: the tasks of a worker (threads) and the workers of a Connect
 * cluster (processes), e.g. a date-partitioned topic whose Kafka partitions all feed one {@code date=} folder. Each
 * update is a read-modify-write under two locks taken on one of {@value #LOCK_STRIPES} stripes chosen by the
 * folder's name ({@link String#hashCode} is the same in every JVM): a JVM monitor (an OS file lock is held per
 * process, and a second channel of the same process would throw {@code OverlappingFileLockException}) and a
 * {@code FileChannel} lock on {@code .manifest-locks/NN.lock} for other processes. Striping bounds the lock files at
 * {@value #LOCK_STRIPES} per dataset, plus {@code index.lock} for the index. The new text replaces the old in one
 * atomic rename, so readers see the previous or the next manifest, never a torn one. File locks are advisory and need
 * a shared file system that honours them (a local disk or NFSv4 does).
 */
public final class DatasetManifest {

    /** The index at the dataset folder. */
    public static final String INDEX_FILE = "MANIFEST.json";
    /** The manifest in each partition folder. */
    public static final String PARTITION_FILE = "_MANIFEST.json";
    /** Version of the manifest layout written into the index. */
    public static final int LAYOUT_VERSION = 2;
    static final int LOCK_STRIPES = 64;
    private static final String LOCK_FOLDER = ".manifest-locks";
    private static final String INDEX_LOCK = "index.lock";

    private static final ConcurrentMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path datasetFolder;
    private final String dataset;
    private final FileSync sync;
    private volatile boolean indexWritten;

    /**
     * Manifests forced to disk at each update ({@link FileSync#ALWAYS}).
     *
     * @param datasetFolder the dataset folder, absolute; created on the first update
     * @param dataset       its name relative to the root, e.g. {@code processed/bars/v1}, written into the manifests
     */
    public DatasetManifest(Path datasetFolder, String dataset) {
        this(datasetFolder, dataset, FileSync.ALWAYS);
    }

    /**
     * @param datasetFolder the dataset folder, absolute; created on the first update
     * @param dataset       its name relative to the root, e.g. {@code processed/bars/v1}, written into the manifests
     * @param sync          when manifests are forced to disk (as the data files they list)
     */
    public DatasetManifest(Path datasetFolder, String dataset, FileSync sync) {
        this.datasetFolder = Objects.requireNonNull(datasetFolder, "datasetFolder").toAbsolutePath().normalize();
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    /** A change made to one folder's manifest under its locks. */
    public interface Change {
        void apply(PartitionManifest manifest) throws IOException;
    }

    /** The index file. */
    public Path indexPath() {
        return datasetFolder.resolve(INDEX_FILE);
    }

    /** The manifest file of {@code folder} (relative to the dataset folder, {@code /}-separated; empty for itself). */
    public Path pathOf(String folder) {
        return (folder.isEmpty() ? datasetFolder : datasetFolder.resolve(folder)).resolve(PARTITION_FILE);
    }

    /** The folder's manifest as it is now; an empty one when there is none yet. */
    public PartitionManifest read(String folder) throws IOException {
        Path path = pathOf(folder);
        if (!Files.isRegularFile(path)) {
            return PartitionManifest.empty(dataset, folder);
        }
        return new PartitionManifest((ObjectNode) JSON.readTree(path.toFile()));
    }

    /**
     * Reads the folder's manifest, applies {@code change} and writes the result atomically, all under the folder's
     * locks; a manifest left with nothing to say ({@link PartitionManifest#isEmpty}) is deleted. Touches two files
     * however large the dataset: the folder's manifest and its lock stripe (and the index, once per instance).
     *
     * @throws IOException if the manifest cannot be read, locked or written; the old one then stays in place
     */
    public void update(String folder, Change change) throws IOException {
        writeIndexOnce();
        underLocks(lockOf(folder), () -> {
            PartitionManifest manifest = read(folder);
            change.apply(manifest);
            write(pathOf(folder), manifest);
        });
    }

    /** Work done holding one lock file's JVM monitor and OS lock. */
    private interface LockedWork {
        void run() throws IOException;
    }

    private static void underLocks(Path lockPath, LockedWork work) throws IOException {
        synchronized (JVM_LOCKS.computeIfAbsent(lockPath, p -> new Object())) {
            try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                work.run();
            }
        }
    }

    /** Folders that have a manifest, relative to the dataset folder, sorted; walks the dataset folder. */
    public List<String> folders() throws IOException {
        if (!Files.isDirectory(datasetFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(datasetFolder)) {
            return files.filter(p -> p.getFileName().toString().equals(PARTITION_FILE))
                    .map(p -> datasetFolder.relativize(p.getParent()).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private Path lockOf(String folder) throws IOException {
        return lockFile(String.format("%02d.lock", Math.floorMod(folder.hashCode(), LOCK_STRIPES)));
    }

    private Path lockFile(String name) throws IOException {
        return Files.createDirectories(datasetFolder.resolve(LOCK_FOLDER)).resolve(name);
    }

    private void write(Path path, PartitionManifest manifest) throws IOException {
        if (manifest.isEmpty()) {
            Files.deleteIfExists(path);
            return;
        }
        Files.createDirectories(path.getParent());
        AtomicFile file = new AtomicFile(path, sync);
        JSON.writeValue(file.temp().toFile(), manifest.json());
        file.publish();
    }

    /**
     * The index says what the dataset is and where its manifests are; its content never changes. Written under the
     * index's own lock: every writer of a new dataset (each partition's {@code DatasetManifest} of each task) finds it
     * missing at about the same time, and the losers of an unlocked race would rename a temp file the winner had
     * already moved ({@code NoSuchFileException}, which killed a sink task when two tasks cut their first files
     * together).
     */
    private void writeIndexOnce() throws IOException {
        if (indexWritten) {
            return;
        }
        Files.createDirectories(datasetFolder);
        if (!Files.isRegularFile(indexPath())) {
            underLocks(lockFile(INDEX_LOCK), () -> {
                if (!Files.isRegularFile(indexPath())) {
                    ObjectNode index = JsonNodeFactory.instance.objectNode().put("dataset", dataset)
                            .put("manifest_layout", LAYOUT_VERSION).put("partition_manifest", PARTITION_FILE);
                    AtomicFile file = new AtomicFile(indexPath(), sync);
                    JSON.writeValue(file.temp().toFile(), index);
                    file.publish();
                }
            });
        }
        indexWritten = true;
    }
}
