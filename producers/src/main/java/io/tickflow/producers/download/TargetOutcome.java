package io.tickflow.producers.download;

import java.util.Objects;

/**
 * The result of one target.
 *
 * @param target   what was asked for
 * @param status   how it ended
 * @param records  records the reader accepted over the target's files (0 unless DONE)
 * @param attempts HTTP requests made for it (0 when SKIPPED)
 * @param detail   one line saying why (HTTP status, the reader's reason); never holds an API key
 */
public record TargetOutcome(DownloadTarget target, DownloadStatus status, long records, int attempts, String detail) {

    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
