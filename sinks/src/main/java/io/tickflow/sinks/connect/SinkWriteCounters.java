package io.tickflow.sinks.connect;

import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * What one sink task has written since it started: records and files moved into place, their bytes, and records
 * rejected. Plain counters (no metrics library in this module); the task registers them as Kafka Connect plugin
 * metrics (KIP-877, group {@code plugins}, tags {@code connector} and {@code task}), so they show in JMX and in the
 * worker's metrics, where {@code tickflow sink --metrics-port} reads them.
 *
 * <p>Thread safe; values only grow.
 */
public final class SinkWriteCounters {
    /** Kafka metric names, as registered through {@link PluginMetrics}. */
    public static final String RECORDS_WRITTEN = "tickflow-sink-records-written-total";
    public static final String FILES_WRITTEN = "tickflow-sink-files-written-total";
    public static final String BYTES_WRITTEN = "tickflow-sink-bytes-written-total";
    public static final String RECORDS_REJECTED = "tickflow-sink-records-rejected-total";

    private final AtomicLong recordsWritten = new AtomicLong();
    private final AtomicLong filesWritten = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicLong recordsRejected = new AtomicLong();

    /** One file moved into place holding {@code rows} records and {@code bytes} bytes. */
    public void fileWritten(long rows, long bytes) {
        recordsWritten.addAndGet(rows);
        filesWritten.incrementAndGet();
        bytesWritten.addAndGet(bytes);
    }

    /** One record refused (undecodable, no partition path); it went to the errant record reporter. */
    public void recordRejected() {
        recordsRejected.incrementAndGet();
    }

    public long recordsWritten() {
        return recordsWritten.get();
    }

    public long filesWritten() {
        return filesWritten.get();
    }

    public long bytesWritten() {
        return bytesWritten.get();
    }

    public long recordsRejected() {
        return recordsRejected.get();
    }

    /** Registers the four counters with the task's plugin metrics; the runtime removes them when the task stops. */
    public void registerWith(PluginMetrics metrics) {
        register(metrics, RECORDS_WRITTEN, "Records in Parquet files moved into place", this::recordsWritten);
        register(metrics, FILES_WRITTEN, "Parquet files moved into place", this::filesWritten);
        register(metrics, BYTES_WRITTEN, "Bytes of Parquet files moved into place", this::bytesWritten);
        register(metrics, RECORDS_REJECTED, "Records refused and reported as errant", this::recordsRejected);
    }

    private static void register(PluginMetrics metrics, String name, String doc, LongSupplier value) {
        metrics.addMetric(metrics.metricName(name, doc, new LinkedHashMap<>()),
                (Measurable) (config, now) -> value.getAsLong());
    }
}
