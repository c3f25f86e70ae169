package io.tickflow.sinks.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.sinks.commit.WrittenFile;
import java.util.ArrayList;
import java.util.List;

/**
 * What the manifest says of one file.
 *
 * @param rows             rows in the file
 * @param minEventTimeMs   smallest record timestamp, ms since the epoch; -1 when unknown
 * @param maxEventTimeMs   largest record timestamp; -1 when unknown
 * @param schemaId         registry id of the writer schema; -1 when unknown
 * @param offsets          the Kafka offset ranges its records came from (one for a part file, several after
 *                         compaction)
 */
public record FileEntry(long rows, long minEventTimeMs, long maxEventTimeMs, int schemaId, List<OffsetRange> offsets) {

    /**
     * Offsets {@code first} to {@code last} (inclusive) of one Kafka partition; offsets between may belong to other
     * folders.
     */
    public record OffsetRange(String topic, int partition, long first, long last) {
    }

    public FileEntry {
        offsets = List.copyOf(offsets);
    }

    /** The entry of a file the sink moved into place. */
    public static FileEntry of(WrittenFile file) {
        return new FileEntry(file.rows(), file.minTimestampMs(), file.maxTimestampMs(), file.schemaId(),
                List.of(new OffsetRange(file.source().topic(), file.source().partition(), file.firstOffset(),
                        file.lastOffset())));
    }

    /** The entry of a file holding the rows of {@code parts}: rows summed, ranges joined, times widened. */
    public static FileEntry merged(List<FileEntry> parts) {
        long rows = 0;
        long min = -1;
        long max = -1;
        List<OffsetRange> offsets = new ArrayList<>();
        for (FileEntry part : parts) {
            rows += part.rows;
            min = part.minEventTimeMs < 0 ? min : min < 0 ? part.minEventTimeMs : Math.min(min, part.minEventTimeMs);
            max = Math.max(max, part.maxEventTimeMs);
            offsets.addAll(part.offsets);
        }
        int schemaId = parts.isEmpty() ? -1 : parts.get(parts.size() - 1).schemaId;
        return new FileEntry(rows, min, max, schemaId, offsets);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("rows", rows)
                .put("min_event_time_ms", minEventTimeMs).put("max_event_time_ms", maxEventTimeMs)
                .put("schema_id", schemaId);
        var ranges = node.putArray("offsets");
        offsets.forEach(r -> ranges.addObject().put("topic", r.topic()).put("partition", r.partition())
                .put("first", r.first()).put("last", r.last()));
        return node;
    }

    static FileEntry fromJson(JsonNode node) {
        List<OffsetRange> offsets = new ArrayList<>();
        node.path("offsets").forEach(r -> offsets.add(new OffsetRange(r.path("topic").asText(),
                r.path("partition").asInt(), r.path("first").asLong(), r.path("last").asLong())));
        return new FileEntry(node.path("rows").asLong(), node.path("min_event_time_ms").asLong(-1),
                node.path("max_event_time_ms").asLong(-1), node.path("schema_id").asInt(-1), offsets);
    }
}
