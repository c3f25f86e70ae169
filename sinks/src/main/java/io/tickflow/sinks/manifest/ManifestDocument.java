package io.tickflow.sinks.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content of a {@code MANIFEST.json}:
 * <pre>
 * { "dataset": "processed/bars/v1",
 *   "partitions": {
 *     "ticker=AAPL/date=2024-01-02": {
 *       "sealed": true, "rows": 3, "min_event_time_ms": ..., "max_event_time_ms": ...,
 *       "files": { "bars.dib+0+00000000000000000000.parquet":
 *                    { "rows": 3, "min_event_time_ms": ..., "max_event_time_ms": ..., "schema_id": 1,
 *                      "offsets": [ { "topic": "bars.dib", "partition": 0, "first": 0, "last": 5 } ] } },
 *       "compaction": { "target": "bars.parquet", "parts": [...], "rows": 3 } } } }
 * </pre>
 * Folder and file names are relative to the dataset folder; keys are written sorted so equal content gives equal
 * bytes. {@code compaction} is present only while a compaction is under way (see the compactor). Not thread safe:
 * change it inside {@link DatasetManifest#update}.
 */
public final class ManifestDocument {

    private final ObjectNode root;

    ManifestDocument(ObjectNode root) {
        this.root = root;
        if (!root.has("partitions")) {
            root.putObject("partitions");
        }
    }

    static ManifestDocument empty(String dataset) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("dataset", dataset);
        return new ManifestDocument(root);
    }

    ObjectNode json() {
        return root;
    }

    /** Partition folders listed, sorted. */
    public Set<String> folders() {
        Set<String> folders = new TreeSet<>();
        partitions().fieldNames().forEachRemaining(folders::add);
        return folders;
    }

    /** Files of a folder by name, sorted by name; empty when the folder is not listed. */
    public Map<String, FileEntry> files(String folder) {
        Map<String, FileEntry> files = new LinkedHashMap<>();
        JsonNode node = partitions().path(folder).path("files");
        new TreeSet<String>(names(node)).forEach(name -> files.put(name, FileEntry.fromJson(node.get(name))));
        return files;
    }

    /** Adds or replaces a file's entry. */
    public void putFile(String folder, String name, FileEntry entry) {
        ObjectNode partition = partition(folder);
        ((ObjectNode) partition.get("files")).set(name, entry.toJson());
        summarise(folder);
    }

    /** Removes a file's entry, if listed. */
    public void removeFile(String folder, String name) {
        JsonNode partition = partitions().get(folder);
        if (partition != null) {
            ((ObjectNode) partition.get("files")).remove(name);
            summarise(folder);
        }
    }

    public boolean isSealed(String folder) {
        return partitions().path(folder).path("sealed").asBoolean(false);
    }

    public void setSealed(String folder, boolean sealed) {
        partition(folder).put("sealed", sealed);
        summarise(folder);
    }

    /** The compaction under way in a folder, if any. */
    public Optional<Compaction> compaction(String folder) {
        JsonNode node = partitions().path(folder).path("compaction");
        if (!node.isObject()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        node.path("parts").forEach(p -> parts.add(p.asText()));
        return Optional.of(new Compaction(node.path("target").asText(), parts, node.path("rows").asLong()));
    }

    /** Records ({@code compaction} not null) or clears the compaction under way in a folder. */
    public void setCompaction(String folder, Compaction compaction) {
        ObjectNode partition = partition(folder);
        if (compaction == null) {
            partition.remove("compaction");
        } else {
            ObjectNode node = partition.putObject("compaction").put("target", compaction.target())
                    .put("rows", compaction.rows());
            compaction.parts().forEach(node.putArray("parts")::add);
        }
    }

    /**
     * A compaction of part files into one target: written into the manifest before the target is renamed into
     * place, so that a rerun after a crash knows whether the parts are already inside the target.
     *
     * @param target file name of the merged file, e.g. {@code bars.parquet}
     * @param parts  file names merged into it
     * @param rows   rows the target holds once renamed
     */
    public record Compaction(String target, List<String> parts, long rows) {
        public Compaction {
            parts = List.copyOf(parts);
        }
    }

    private ObjectNode partitions() {
        return (ObjectNode) root.get("partitions");
    }

    private ObjectNode partition(String folder) {
        ObjectNode partition = (ObjectNode) partitions().get(folder);
        if (partition == null) {
            partition = partitions().putObject(folder).put("sealed", false);
            partition.putObject("files");
        }
        return partition;
    }

    /** Folder totals from its files; a folder with no file and no seal leaves the manifest. */
    private void summarise(String folder) {
        ObjectNode partition = partition(folder);
        List<FileEntry> files = new ArrayList<>(files(folder).values());
        if (files.isEmpty() && !partition.path("sealed").asBoolean() && !partition.has("compaction")) {
            partitions().remove(folder);
            return;
        }
        FileEntry total = FileEntry.merged(files);
        partition.put("rows", total.rows()).put("min_event_time_ms", total.minEventTimeMs())
                .put("max_event_time_ms", total.maxEventTimeMs());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
