package io.tickflow.producers.replay;

import java.nio.file.Path;

/**
 * A progress report of a file replay.
 *
 * @param records          records sent so far (all topics, dead letters included)
 * @param recordsPerSecond records sent per second of wall time since the start
 * @param filesDone        files finished (or skipped as finished by an earlier run)
 * @param files            files in the replay
 * @param etaSeconds       estimated seconds left, from the bytes of finished files; -1 while unknown
 * @param file             the file being replayed
 * @param finished         true for the last report
 */
public record FileReplayProgress(long records, double recordsPerSecond, int filesDone, int files, long etaSeconds,
                                 Path file, boolean finished) {

    /** {@code replayed 1,234,567 records (250,000/s)  files 3/10  ETA 0:01:05  <file>}. */
    public String line() {
        String eta = etaSeconds < 0 ? "?" : String.format("%d:%02d:%02d", etaSeconds / 3600, etaSeconds / 60 % 60, etaSeconds % 60);
        return String.format("replayed %,d records (%,.0f/s)  files %d/%d  ETA %s  %s", records, recordsPerSecond,
                filesDone, files, finished ? "0:00:00" : eta, file == null ? "" : file.getFileName());
    }
}
