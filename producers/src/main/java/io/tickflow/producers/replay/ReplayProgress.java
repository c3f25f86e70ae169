package io.tickflow.producers.replay;

import java.nio.file.Path;

/**
 * A progress report of a running replay.
 *
 * @param records          records sent so far over all files
 * @param recordsPerSecond records sent per second of wall time since the replay started (0 before any time passed)
 * @param file             the file being replayed
 * @param finished         true for the last report, after the final flush
 */
public record ReplayProgress(long records, double recordsPerSecond, Path file, boolean finished) {
}
