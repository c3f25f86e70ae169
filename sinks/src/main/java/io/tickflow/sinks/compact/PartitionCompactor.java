package io.tickflow.sinks.compact;

import io.tickflow.sinks.format.RecordWriter;
import io.tickflow.sinks.format.RecordWriterProvider;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.manifest.FileEntry;
import io.tickflow.sinks.manifest.PartitionManifest;
import io.tickflow.sinks.manifest.PartitionManifest.Compaction;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Merges the sink's part files of one sealed partition folder into the layout's single file (e.g.
 * {@code bars.parquet}), so that a ticker-day is one file as in the seed.
 *
 * <p>Crash safety, step by step: (1) the manifest records the compaction (parts and the target's row count once
 * done); (2) the target is written under a temp name and renamed over any older target (rows of an older target are
 * copied first); (3) the parts are deleted; (4) the manifest lists the target alone and forgets the compaction. A
 * rerun finding a recorded compaction compares the target's row count with the recorded one: equal means step 2
 * happened and only steps 3–4 remain; otherwise it starts again from step 1. A crash between steps 2 and 3 leaves
 * the target and the parts side by side (readers globbing the folder would count those rows twice) until the next
 * run; readers going by the manifest never do. Rerunning on a compacted folder does nothing.
 */
final class PartitionCompactor {

    private final RecordWriterProvider format;
    private final String targetName;

    /**
     * @param format     writes the target
     * @param targetName the merged file's name, e.g. {@code bars.parquet}
     */
    PartitionCompactor(RecordWriterProvider format, String targetName) {
        this.format = format;
        this.targetName = targetName;
    }

    /** What happened to a folder. */
    enum Outcome { COMPACTED, NOTHING_TO_DO, SCHEMAS_DIFFER }

    /**
     * @param folder    the partition folder, absolute
     * @param folderKey its name in the manifest, relative to the dataset folder
     */
    Outcome compact(Path folder, String folderKey, DatasetManifest manifest) throws IOException {
        Path target = folder.resolve(targetName);
        boolean recovered = finishRecorded(folder, folderKey, target, manifest);
        List<Path> parts = PartFiles.partsIn(folder);
        if (parts.isEmpty()) {
            return recovered ? Outcome.COMPACTED : Outcome.NOTHING_TO_DO;
        }
        List<Path> inputs = new ArrayList<>();
        if (Files.isRegularFile(target)) {
            inputs.add(target);
        }
        inputs.addAll(parts);
        Optional<Schema> schema = commonSchema(inputs);
        if (schema.isEmpty()) {
            return Outcome.SCHEMAS_DIFFER;
        }
        long rows = 0;
        for (Path input : inputs) {
            rows += PartFiles.rows(input);
        }
        Compaction compaction = new Compaction(targetName, names(parts), rows);
        manifest.update(folderKey, doc -> doc.setCompaction(compaction));
        merge(inputs, schema.get(), target);
        finish(folder, folderKey, compaction, manifest);
        return Outcome.COMPACTED;
    }

    /** Steps 3–4 of a compaction a crash interrupted, if its target is in place; true when there was one. */
    private boolean finishRecorded(Path folder, String folderKey, Path target, DatasetManifest manifest)
            throws IOException {
        Optional<Compaction> recorded = manifest.read(folderKey).compaction();
        if (recorded.isEmpty()) {
            return false;
        }
        if (PartFiles.rows(target) == recorded.get().rows()) {
            finish(folder, folderKey, recorded.get(), manifest);
            return true;
        }
        new AtomicFile(target).discard();
        manifest.update(folderKey, doc -> doc.setCompaction(null));
        return false;
    }

    private void merge(List<Path> inputs, Schema schema, Path target) throws IOException {
        try (RecordWriter writer = format.open(new AtomicFile(target), schema)) {
            for (Path input : inputs) {
                PartFiles.copy(input, writer::write);
            }
            writer.commit();
        }
    }

    private void finish(Path folder, String folderKey, Compaction compaction, DatasetManifest manifest)
            throws IOException {
        for (String part : compaction.parts()) {
            Files.deleteIfExists(folder.resolve(part));
        }
        long rows = compaction.rows();
        manifest.update(folderKey, doc -> {
            FileEntry merged = mergedEntry(doc, compaction, rows);
            compaction.parts().forEach(doc::removeFile);
            doc.putFile(compaction.target(), merged);
            doc.setCompaction(null);
        });
    }

    /** The target's entry: offsets and times of the older target and the parts, rows as counted. */
    private static FileEntry mergedEntry(PartitionManifest doc, Compaction compaction, long rows) {
        Map<String, FileEntry> files = doc.files();
        List<FileEntry> entries = new ArrayList<>();
        if (files.containsKey(compaction.target()) && !compaction.parts().contains(compaction.target())) {
            entries.add(files.get(compaction.target()));
        }
        compaction.parts().stream().filter(files::containsKey).map(files::get).forEach(entries::add);
        FileEntry merged = FileEntry.merged(entries);
        return new FileEntry(rows, merged.minEventTimeMs(), merged.maxEventTimeMs(), merged.schemaId(),
                merged.offsets());
    }

    private static Optional<Schema> commonSchema(List<Path> inputs) throws IOException {
        Schema first = PartFiles.schema(inputs.get(0));
        for (Path input : inputs.subList(1, inputs.size())) {
            if (!PartFiles.schema(input).equals(first)) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }

    private static List<String> names(List<Path> parts) {
        return parts.stream().map(p -> p.getFileName().toString()).toList();
    }
}
