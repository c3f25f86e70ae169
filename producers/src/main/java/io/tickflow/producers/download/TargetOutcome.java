package io.tickflow.producers.download;

import java.util.Objects;

/**
 * The result of one target.
 *
 * @param target   what was asked for
 * @param status   how it ended
 * @param records  records the reader accepted over the target's files, or rows written to its Parquet file
 *                 (0 unless DONE)
 * @param rejected records refused by the reader or the Parquet conversion, each with its reason (in the target's
 *                 rejects file when converted); 0 unless DONE
 * @param attempts HTTP requests made for it (0 when SKIPPED)
 * @param detail   one line saying why (HTTP status, the reader's reason); never holds an API key
 */
public record TargetOutcome(DownloadTarget target, DownloadStatus status, long records, long rejected, int attempts,
                            String detail) {

    /** An outcome with no rejected record. */
    public TargetOutcome(DownloadTarget target, DownloadStatus status, long records, int attempts, String detail) {
        this(target, status, records, 0, attempts, detail);
    }

    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
