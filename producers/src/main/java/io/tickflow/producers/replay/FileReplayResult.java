package io.tickflow.producers.replay;

import io.tickflow.producers.readers.ReadStats;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a file replay did.
 *
 * @param perFile      per file: format and read statistics (null stats for a file finished by an earlier run)
 * @param sent         records sent to their topics by this run
 * @param deadLetters  rejections sent to the dead-letter topic by this run
 * @param unrouted     accepted records of a kind no topic takes (threshold-list entries), counted, not sent
 * @param skippedFiles files an earlier run had finished
 * @param filtered     trades and bars left out by this run's watchlist filter (see {@link WatchlistFilter})
 */
public record FileReplayResult(Map<Path, FileOutcome> perFile, long sent, long deadLetters, long unrouted,
                               int skippedFiles, long filtered) {

    /** One file: its format and read counts; {@code skipped} when an earlier run finished it. */
    public record FileOutcome(String format, ReadStats stats, boolean skipped) {
    }

    public FileReplayResult {
        perFile = Collections.unmodifiableMap(new LinkedHashMap<>(perFile));
    }
}
