package io.tickflow.producers.readers;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import java.util.Objects;

/**
 * Counts of one file being read, and where its rejections go. Readers that are not line-based (JSON pages)
 * use it too, so every reader counts the same way: {@code read == accepted + rejected}.
 */
public final class ReadTally {

    private final String source;
    private final String format;
    private final DeadLetterSink rejects;
    private long accepted;
    private long rejected;

    /**
     * @param source  file path written into rejections
     * @param format  format name written into rejections
     * @param rejects where rejections go
     */
    public ReadTally(String source, String format, DeadLetterSink rejects) {
        this.source = Objects.requireNonNull(source, "source");
        this.format = format;
        this.rejects = Objects.requireNonNull(rejects, "rejects");
    }

    /** Counts one accepted record. */
    public void accept() {
        accepted++;
    }

    /** Counts one rejection and hands it to the sink; {@code lineNumber} 0 means the whole file. */
    public void reject(long lineNumber, String raw, String reason, Long inputTsNanos) {
        rejected++;
        rejects.accept(new Rejection(source, lineNumber, raw, reason, format, inputTsNanos));
    }

    /** The counts so far. */
    public ReadStats stats() {
        return ReadStats.of(accepted, rejected);
    }
}
