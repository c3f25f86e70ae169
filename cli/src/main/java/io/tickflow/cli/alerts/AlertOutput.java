package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;

/** One place alerts go: the terminal table, a JSON-lines file, a webhook. */
public interface AlertOutput extends AutoCloseable {
    /**
     * Delivers one alert; returns once it is durable there (written and flushed, POSTed, or dead-lettered).
     *
     * @throws InterruptedException when stopped while waiting (a webhook backoff)
     */
    void deliver(Alert alert) throws InterruptedException;

    @Override
    default void close() {
    }
}
