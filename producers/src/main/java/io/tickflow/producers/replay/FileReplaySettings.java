package io.tickflow.producers.replay;

import java.time.Duration;
import java.util.Objects;

/**
 * How a file replay runs.
 *
 * @param speedFactor          0 = as fast as possible; else event time runs this many times faster than wall time
 * @param chunkRecords         a transaction is committed (with its ledger entries) after this many records, which
 *                             may come from several files; &gt; 0
 * @param chunkTime            or after this much wall time, so that a slow paced replay never nears the
 *                             transaction timeout
 * @param progressEveryRecords a progress report after every this many records; &gt; 0
 * @param asLive               shift every record's timestamps so that the replay's first record (and the first of
 *                             each later day and file) is now: a past day replayed as if live (see
 *                             {@link TimestampShift})
 */
public record FileReplaySettings(double speedFactor, long chunkRecords, Duration chunkTime, long progressEveryRecords,
                                 boolean asLive) {

    /** Records per transaction by default (see {@link #defaults()}). */
    public static final long DEFAULT_CHUNK_RECORDS = 250_000;

    public FileReplaySettings {
        if (!(speedFactor >= 0) || Double.isInfinite(speedFactor)) {
            throw new IllegalArgumentException("speedFactor must be finite and >= 0, was " + speedFactor);
        }
        if (chunkRecords <= 0 || progressEveryRecords <= 0) {
            throw new IllegalArgumentException("chunkRecords and progressEveryRecords must be > 0");
        }
        Objects.requireNonNull(chunkTime, "chunkTime");
    }

    /** Settings that keep the records' own timestamps. */
    public FileReplaySettings(double speedFactor, long chunkRecords, Duration chunkTime, long progressEveryRecords) {
        this(speedFactor, chunkRecords, chunkTime, progressEveryRecords, false);
    }

    /** The same settings, replaying as live or not. */
    public FileReplaySettings withAsLive(boolean live) {
        return new FileReplaySettings(speedFactor, chunkRecords, chunkTime, progressEveryRecords, live);
    }

    /**
     * As fast as possible, 250,000-record transactions (or 10 s), a report every 100,000 records. Why that many: each
     * commit drains the producer (the sending thread waits for every batch in flight) and writes markers; with
     * 50,000-record transactions, replaying 964k trades took 3.5 µs of CPU per trade and ran at 66 % (CSV.gz) and 59 %
     * (Parquet) of a plain producer, with 250,000 2.6 µs, 72 % and 67 % (`bench --stage replay --scale 4`, session 5).
     * A kill re-sends at most one transaction (well under a second of replay); read_committed consumers see a
     * transaction's records when it commits.
     */
    public static FileReplaySettings defaults() {
        return new FileReplaySettings(0, DEFAULT_CHUNK_RECORDS, Duration.ofSeconds(10), 100_000);
    }

    public FileReplaySettings withChunkRecords(long records) {
        return new FileReplaySettings(speedFactor, records, chunkTime, progressEveryRecords, asLive);
    }

    public FileReplaySettings withSpeed(double factor) {
        return new FileReplaySettings(factor, chunkRecords, chunkTime, progressEveryRecords, asLive);
    }

    /**
     * A speed as the command line takes it: {@code 1x}, {@code 10x}, {@code 0.5x}, a bare number, or {@code max}
     * (as fast as possible, = 0).
     */
    public static double parseSpeed(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("max")) {
            return 0;
        }
        try {
            return Double.parseDouble(t.endsWith("x") ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed must look like 1x, 10x, 0.5x or max, was " + text);
        }
    }
}
