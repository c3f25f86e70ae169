package io.tickflow.sinks.connect;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where records the sink cannot write go: counted by reason, logged with their position, and handed to Connect's
 * errant record reporter when the connector has one (a dead letter queue set with
 * {@code errors.deadletterqueue.topic.name} and {@code errors.tolerance=all}). Nothing is dropped unseen.
 */
final class RejectedRecords {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedRecords.class);

    private final ErrantRecordReporter reporter;
    private final Map<String, Long> byReason = new TreeMap<>();

    /** @param reporter Connect's reporter, or null when the worker or connector has none */
    RejectedRecords(ErrantRecordReporter reporter) {
        this.reporter = reporter;
    }

    void reject(SinkRecord record, String reason, Throwable cause) {
        byReason.merge(reason, 1L, Long::sum);
        LOG.warn("rejected {}-{} offset {}: {}{}", record.originalTopic(), record.originalKafkaPartition(),
                record.originalKafkaOffset(), reason, cause == null ? "" : " (" + cause.getMessage() + ")");
        if (reporter != null) {
            reporter.report(record, cause != null ? cause : new IllegalArgumentException(reason));
        }
    }

    /** Rejected records by reason since the task started. */
    Map<String, Long> counts() {
        return new TreeMap<>(byReason);
    }
}
