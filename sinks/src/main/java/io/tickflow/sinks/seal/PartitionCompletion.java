package io.tickflow.sinks.seal;

import io.tickflow.sinks.commit.FileNamer;
import io.tickflow.sinks.commit.WrittenFile;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.manifest.FileEntry;
import io.tickflow.sinks.partition.PartitionPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the partition folders' manifests ({@link DatasetManifest}) and the {@code _SUCCESS} markers up to date for
 * the files of one Kafka partition: lists every file moved into place, writes {@code _SUCCESS} in a folder once
 * {@link PartitionSeals} says it is due, and takes the marker away again when a late record reopens the folder.
 *
 * <p>On resume (the first record after a partition is assigned) it deletes this partition's files whose first
 * offset is at or past the resume offset. Such files can only come from chunks whose offsets were never committed,
 * and the rerun rewrites their records; deleting them first means the rewrite need not cut chunks at the same
 * records (it makes a flush on idle safe), and their folder loses {@code _SUCCESS} until it is sealed again. Folders
 * that keep this partition's files but have no {@code _SUCCESS} are tracked as open again. Not thread safe.
 */
public final class PartitionCompletion {

    public static final String SUCCESS = "_SUCCESS";
    private static final Logger LOG = LoggerFactory.getLogger(PartitionCompletion.class);

    private final TopicPartition source;
    private final Path datasetFolder;
    private final FileNamer namer;
    private final PartitionSeals seals;
    private final DatasetManifest manifest;
    private long lateRecords;

    /**
     * @param source        the Kafka partition
     * @param datasetFolder the dataset folder, absolute
     * @param manifest      the dataset folder's manifest
     * @param namer         the namer of the sink's files (to recognise this partition's files)
     * @param policy        when folders are sealed
     */
    public PartitionCompletion(TopicPartition source, Path datasetFolder, DatasetManifest manifest, FileNamer namer,
                               SealPolicy policy) {
        this.source = Objects.requireNonNull(source, "source");
        this.datasetFolder = Objects.requireNonNull(datasetFolder, "datasetFolder");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.namer = Objects.requireNonNull(namer, "namer");
        this.seals = new PartitionSeals(policy);
    }

    /**
     * Called once, before the first record of an assignment; see the class comment.
     *
     * @param resumeOffset offset of the first record received
     */
    public void resume(long resumeOffset) throws IOException {
        List<Path> stale = new ArrayList<>();
        for (Path file : filesOfSource()) {
            long first = namer.parse(file.getFileName().toString()).orElseThrow().firstOffset();
            if (first >= resumeOffset) {
                stale.add(file);
            } else if (!Files.exists(file.resolveSibling(SUCCESS))) {
                seals.reopen(folderOf(file));
            }
        }
        if (!stale.isEmpty()) {
            LOG.info("{}: deleting {} files at or past resume offset {}; their records are written again",
                    source, stale.size(), resumeOffset);
            for (Path file : stale) {
                Files.deleteIfExists(file.resolveSibling(SUCCESS));
                Files.deleteIfExists(file);
                manifest.update(folderOf(file).toString(), doc -> {
                    doc.removeFile(file.getFileName().toString());
                    doc.setSealed(false);
                });
                seals.reopen(folderOf(file));
            }
        }
    }

    /**
     * Notes a record bound for {@code folder}; a record for a folder already sealed is late: it is still written,
     * the folder's {@code _SUCCESS} is removed and the folder is sealed again later.
     */
    public void observe(PartitionPath folder, long timestampMs, long offset) throws IOException {
        if (seals.observe(folder, timestampMs, offset) && Files.deleteIfExists(successOf(folder))) {
            lateRecords++;
            LOG.warn("{} offset {}: late record for sealed folder {}; _SUCCESS removed ({} late records so far)",
                    source, offset, folder, lateRecords);
            manifest.update(folder.toString(), doc -> doc.setSealed(false));
        }
    }

    /**
     * Lists the files just moved into place and seals the folders now due.
     *
     * @param files             files just moved into place (may be empty)
     * @param nextDurableOffset every offset below it is durable
     */
    public void published(List<WrittenFile> files, long nextDurableOffset) throws IOException {
        List<PartitionPath> due = seals.due(nextDurableOffset);
        if (files.isEmpty() && due.isEmpty()) {
            return;
        }
        for (WrittenFile file : files) {
            String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
            manifest.update(file.partition().toString(), doc -> doc.putFile(name, FileEntry.of(file)));
        }
        seal(due);
    }

    /**
     * Seals every folder due or whose seal time has passed on the wall clock: called when the input has been idle
     * and all records seen are in files moved into place (see {@code seal.idle.ms} of the connector).
     *
     * @param wallClockMs now, ms since the epoch
     * @return the folders sealed
     */
    public List<PartitionPath> sealElapsed(long wallClockMs) throws IOException {
        List<PartitionPath> due = new ArrayList<>(seals.due(Long.MAX_VALUE));
        due.addAll(seals.elapsed(wallClockMs));
        seal(due);
        return due;
    }

    /** Writes {@code _SUCCESS} in each folder, then marks it sealed in the folder's manifest. */
    private void seal(List<PartitionPath> folders) throws IOException {
        for (PartitionPath folder : folders) {
            Path success = successOf(folder);
            Files.createDirectories(success.getParent());
            Files.write(success, new byte[0]);
            manifest.update(folder.toString(), doc -> doc.setSealed(true));
        }
    }

    /** Records that arrived for folders already sealed, since this object was made. */
    public long lateRecords() {
        return lateRecords;
    }

    private Path successOf(PartitionPath folder) {
        Path path = datasetFolder;
        for (String segment : folder.segments()) {
            path = path.resolve(segment);
        }
        return path.resolve(SUCCESS);
    }

    private PartitionPath folderOf(Path file) {
        return PartitionPath.parse(datasetFolder.relativize(file.getParent()).toString().replace('\\', '/'));
    }

    private List<Path> filesOfSource() throws IOException {
        if (!Files.isDirectory(datasetFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(datasetFolder)) {
            return files.filter(Files::isRegularFile).filter(this::isOfSource).sorted().toList();
        }
    }

    private boolean isOfSource(Path file) {
        return namer.parse(file.getFileName().toString())
                .filter(k -> k.topic().equals(source.topic()) && k.partition() == source.partition()).isPresent();
    }
}
