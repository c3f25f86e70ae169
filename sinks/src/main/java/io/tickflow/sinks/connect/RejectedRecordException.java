package io.tickflow.sinks.connect;

/** A record the sink cannot write; the message is its reason, short and stable enough to count records by. */
final class RejectedRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    RejectedRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
