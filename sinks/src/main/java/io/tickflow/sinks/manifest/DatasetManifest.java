package io.tickflow.sinks.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@code MANIFEST.json} of one dataset folder (e.g. {@code processed/bars/v1_2020_2025}): per partition folder
 * its files with row counts, event-time range, Kafka offsets and writer schema id, and whether the folder is sealed
 * ({@link ManifestDocument} has the shape).
 *
 * <p>Several writers update one manifest: the tasks of a worker (threads) and the workers of a Connect cluster
 * (processes). Each update is a read-modify-write under two locks, a JVM lock per manifest path (an OS file lock is
 * held per process, and a second channel of the same process would throw {@code OverlappingFileLockException})
 * and a {@code FileChannel} lock on {@code .MANIFEST.json.lock} for other processes; the new text replaces the old in
 * one atomic rename, so readers see the previous or the next manifest, never a torn one. File locks are advisory
 * and need a shared file system that honours them (a local disk or NFSv4 does).
 */
public final class DatasetManifest {

    public static final String FILE_NAME = "MANIFEST.json";

    /** One monitor per manifest in this JVM; entries are tiny and bounded by the datasets written. */
    private static final ConcurrentMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path datasetFolder;
    private final String dataset;

    /**
     * @param datasetFolder the dataset folder, absolute; created on the first update
     * @param dataset       its name relative to the root, e.g. {@code processed/bars/v1}, written into the manifest
     */
    public DatasetManifest(Path datasetFolder, String dataset) {
        this.datasetFolder = Objects.requireNonNull(datasetFolder, "datasetFolder").toAbsolutePath().normalize();
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** A change made to the document under the manifest's locks. */
    public interface Change {
        void apply(ManifestDocument document) throws IOException;
    }

    public Path path() {
        return datasetFolder.resolve(FILE_NAME);
    }

    /** The manifest as it is now; an empty document when there is none yet. */
    public ManifestDocument read() throws IOException {
        if (!Files.isRegularFile(path())) {
            return ManifestDocument.empty(dataset);
        }
        return new ManifestDocument((ObjectNode) JSON.readTree(path().toFile()));
    }

    /**
     * Reads the manifest, applies {@code change} and writes the result atomically, all under the locks.
     *
     * @throws IOException if the manifest cannot be read, locked or written; the old one then stays in place
     */
    public void update(Change change) throws IOException {
        synchronized (JVM_LOCKS.computeIfAbsent(path(), p -> new Object())) {
            Files.createDirectories(datasetFolder);
            try (FileChannel lockFile = FileChannel.open(datasetFolder.resolve("." + FILE_NAME + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                ManifestDocument document = read();
                change.apply(document);
                write(document);
            }
        }
    }

    private void write(ManifestDocument document) throws IOException {
        AtomicFile file = new AtomicFile(path());
        JSON.writeValue(file.temp().toFile(), document.json());
        file.publish();
    }
}
