package io.tickflow.sinks.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The content of one partition folder's {@code _MANIFEST.json} (e.g. in {@code ticker=AAPL/date=2024-01-02}):
 * <pre>
 * { "dataset": "processed/bars/v1", "folder": "ticker=AAPL/date=2024-01-02",
 *   "sealed": true, "rows": 3, "min_event_time_ms": ..., "max_event_time_ms": ...,
 *   "files": { "bars.dib+0+00000000000000000000.parquet":
 *                { "rows": 3, "min_event_time_ms": ..., "max_event_time_ms": ..., "schema_id": 1,
 *                  "offsets": [ { "topic": "bars.dib", "partition": 0, "first": 0, "last": 5 } ] } },
 *   "compaction": { "target": "bars.parquet", "parts": [...], "rows": 3 } }
 * </pre>
 * File names are relative to the folder; keys are written sorted so equal content gives equal bytes.
 * {@code compaction} is present only while a compaction is under way (see the compactor). Not thread safe: change it
 * inside {@link DatasetManifest#update}.
 */
public final class PartitionManifest {

    private final ObjectNode root;

    PartitionManifest(ObjectNode root) {
        this.root = root;
        if (!root.has("files")) {
            root.putObject("files");
        }
    }

    static PartitionManifest empty(String dataset, String folder) {
        return new PartitionManifest(JsonNodeFactory.instance.objectNode().put("dataset", dataset)
                .put("folder", folder).put("sealed", false));
    }

    ObjectNode json() {
        return root;
    }

    /** The folder, relative to the dataset folder; empty for files directly in it. */
    public String folder() {
        return root.path("folder").asText();
    }

    /** Files by name, sorted by name. */
    public Map<String, FileEntry> files() {
        Map<String, FileEntry> files = new LinkedHashMap<>();
        JsonNode node = root.get("files");
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        names.forEach(name -> files.put(name, FileEntry.fromJson(node.get(name))));
        return files;
    }

    /** The folder's totals: rows summed, event times widened, offset ranges of every file. */
    public FileEntry total() {
        return FileEntry.merged(new ArrayList<>(files().values()));
    }

    /** Adds or replaces a file's entry. */
    public void putFile(String name, FileEntry entry) {
        ((ObjectNode) root.get("files")).set(name, entry.toJson());
        summarise();
    }

    /** Removes a file's entry, if listed. */
    public void removeFile(String name) {
        ((ObjectNode) root.get("files")).remove(name);
        summarise();
    }

    public boolean isSealed() {
        return root.path("sealed").asBoolean(false);
    }

    public void setSealed(boolean sealed) {
        root.put("sealed", sealed);
    }

    /** True when there is nothing to say: no file, no seal, no compaction; the manifest file is then removed. */
    public boolean isEmpty() {
        return root.get("files").isEmpty() && !isSealed() && !root.has("compaction");
    }

    /** The compaction under way, if any. */
    public Optional<Compaction> compaction() {
        JsonNode node = root.path("compaction");
        if (!node.isObject()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        node.path("parts").forEach(p -> parts.add(p.asText()));
        return Optional.of(new Compaction(node.path("target").asText(), parts, node.path("rows").asLong()));
    }

    /** Records ({@code compaction} not null) or clears the compaction under way. */
    public void setCompaction(Compaction compaction) {
        if (compaction == null) {
            root.remove("compaction");
        } else {
            ObjectNode node = root.putObject("compaction").put("target", compaction.target())
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

    private void summarise() {
        FileEntry total = total();
        root.put("rows", total.rows()).put("min_event_time_ms", total.minEventTimeMs())
                .put("max_event_time_ms", total.maxEventTimeMs());
    }
}
