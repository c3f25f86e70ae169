package io.tickflow.producers.readers;

/**
 * How many records a reader saw, accepted and rejected. Invariant: {@code read == accepted + rejected}.
 *
 * <p>A source rejected as a whole (empty file, HTML body, unusable header, unreadable gzip tail)
 * counts as one read and one rejected record, so that it shows up in every summary.
 *
 * @param read     records (data lines, or whole-file units) looked at
 * @param accepted records turned into output
 * @param rejected records sent to the dead-letter sink
 */
public record ReadStats(long read, long accepted, long rejected) {

    /** Nothing read. */
    public static final ReadStats EMPTY = new ReadStats(0, 0, 0);

    public ReadStats {
        if (accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must be >= 0: accepted=" + accepted + " rejected=" + rejected);
        }
        if (read != accepted + rejected) {
            throw new IllegalArgumentException(
                    "read=" + read + " must equal accepted=" + accepted + " + rejected=" + rejected);
        }
    }

    /** Stats from two counts; read is their sum. */
    public static ReadStats of(long accepted, long rejected) {
        return new ReadStats(accepted + rejected, accepted, rejected);
    }

    /** Sum of two stats, for totals over files. */
    public ReadStats plus(ReadStats other) {
        return of(accepted + other.accepted, rejected + other.rejected);
    }

    /** The summary line printed per source: {@code read=N accepted=N rejected=N}. */
    @Override
    public String toString() {
        return "read=" + read + " accepted=" + accepted + " rejected=" + rejected;
    }
}
