package io.tickflow.cli.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.slf4j.Marker;

/**
 * Drops one broker log line that is not an error: with transactions v2 (KIP-890) the broker answers a pipelined
 * first batch of a new transactional producer with a retriable {@code OutOfOrderSequenceException} ("Expected
 * sequence 0 for transactions v2 idempotent producer with no existing state", KAFKA-18202) and logs it at ERROR;
 * the producer retries and nothing is lost. Every other line, and every other error, passes.
 */
public final class RetriableSequenceNoise extends TurboFilter {
    private static final String LOGGER = "kafka.server.ReplicaManager";
    private static final String SIGNATURE = "for transactions v2 idempotent producer with no existing state";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t instanceof OutOfOrderSequenceException && LOGGER.equals(logger.getName())
                && t.getMessage() != null && t.getMessage().contains(SIGNATURE)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
