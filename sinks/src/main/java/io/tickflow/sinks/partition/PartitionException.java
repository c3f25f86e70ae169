package io.tickflow.sinks.partition;

/**
 * A record cannot be given a partition path (a field is missing, null or of an unusable type). The message is
 * the reason, short and stable enough to count rejected records by it.
 */
public class PartitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why the record has no partition, e.g. {@code "field ticker is null"} */
    public PartitionException(String reason) {
        super(reason);
    }
}
