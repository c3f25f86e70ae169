package io.tickflow.sinks.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The running counts behind {@link ExportStats}; one per export run, not thread safe. */
final class ExportCounters {

    private long read;
    private long written;
    private final Map<String, Long> rowsByPartition = new TreeMap<>();
    private final Map<String, Long> rejectedByReason = new TreeMap<>();
    private final List<String> files = new ArrayList<>();

    void read() {
        read++;
    }

    void rejected(String reason) {
        rejectedByReason.merge(reason, 1L, Long::sum);
    }

    void written(WrittenFile file) {
        written += file.rows();
        rowsByPartition.merge(file.partition().toString(), (long) file.rows(), Long::sum);
        files.add(file.relativePath());
    }

    ExportStats snapshot() {
        return new ExportStats(read, written, files.size(), new TreeMap<>(rowsByPartition),
                new TreeMap<>(rejectedByReason), files);
    }
}
