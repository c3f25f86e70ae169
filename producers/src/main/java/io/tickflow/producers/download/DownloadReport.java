package io.tickflow.producers.download;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every target's outcome of one run, in the order run.
 *
 * @param outcomes one per target
 */
public record DownloadReport(List<TargetOutcome> outcomes) {

    public DownloadReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Targets per status, every status present (0 when none). */
    public Map<DownloadStatus, Long> counts() {
        Map<DownloadStatus, Long> counts = new EnumMap<>(DownloadStatus.class);
        for (DownloadStatus status : DownloadStatus.values()) {
            counts.put(status, 0L);
        }
        outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    /** Targets that ended with {@code status}. */
    public long count(DownloadStatus status) {
        return counts().get(status);
    }

    /** Records accepted over every target (rows written, for targets converted to Parquet). */
    public long records() {
        return outcomes.stream().mapToLong(TargetOutcome::records).sum();
    }

    /** Records rejected over every target, each with its reason. */
    public long rejected() {
        return outcomes.stream().mapToLong(TargetOutcome::rejected).sum();
    }

    /** True when nothing failed, was blocked or invalid (no-file days are normal). */
    public boolean clean() {
        return count(DownloadStatus.FAILED) + count(DownloadStatus.BLOCKED) + count(DownloadStatus.INVALID) == 0;
    }

    /** {@code done=N skipped=N no_file=N blocked=N invalid=N failed=N}. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        counts().forEach((status, n) -> line.append(line.length() == 0 ? "" : " ")
                .append(status.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(n));
        return line.toString();
    }
}
