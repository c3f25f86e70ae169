package io.tickflow.producers.readers;

/**
 * A data row that cannot become a record. The message is the one-sentence rejection reason.
 *
 * <p>Checked on purpose: every parser must decide where a bad row goes. Stack traces are not filled in,
 * because bad rows are expected input, not bugs, and a file can hold millions of them.
 */
public final class InvalidRowException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Long inputTsNanos;

    /** A row rejected for {@code reason}, with no known event time. */
    public InvalidRowException(String reason) {
        this(reason, null);
    }

    private InvalidRowException(String reason, Long inputTsNanos) {
        super(reason, null, false, false);
        this.inputTsNanos = inputTsNanos;
    }

    /** The same rejection, carrying the row's event time (ns since the epoch) once it is known. */
    public InvalidRowException withInputTs(long tsNanos) {
        return new InvalidRowException(getMessage(), tsNanos);
    }

    /** Event time of the row in ns since the epoch, or null when it could not be parsed. */
    public Long inputTsNanos() {
        return inputTsNanos;
    }
}
