package io.tickflow.sinks.commit;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an export did. Counts add up: {@code recordsRead == recordsWritten + sum(rejectedByReason)}.
 *
 * @param recordsRead      records consumed from the topic
 * @param recordsWritten   records written into committed files
 * @param filesWritten     files moved into place (a rewritten file counts again)
 * @param rowsByPartition  rows written per partition path relative to the dataset ({@code ticker=AAPL/date=...})
 * @param rejectedByReason records not written, by reason (null value, missing field, undecodable value, ...)
 * @param files            committed files, relative to the storage root, in the order written
 */
public record ExportStats(long recordsRead, long recordsWritten, long filesWritten,
                          SortedMap<String, Long> rowsByPartition, SortedMap<String, Long> rejectedByReason,
                          List<String> files) {

    public ExportStats {
        rowsByPartition = unmodifiableCopy(rowsByPartition);
        rejectedByReason = unmodifiableCopy(rejectedByReason);
        files = List.copyOf(files);
    }

    /** Records rejected for any reason. */
    public long recordsRejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    private static SortedMap<String, Long> unmodifiableCopy(Map<String, Long> counts) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
