package io.tickflow.cli.embedded.registry;

import java.util.List;

/**
 * Durable, ordered record of {@link RegistryEvent}s. The registry answers a change only after
 * {@link #append} returned, so an acknowledged id is never lost.
 */
interface SchemaLog extends AutoCloseable {

    /** @return every event appended so far, in order */
    List<RegistryEvent> readAll();

    /**
     * Persists the event; returns once it is durable.
     *
     * @throws RegistryError (HTTP 500, error_code 50001) when it cannot be persisted
     */
    void append(RegistryEvent event);

    @Override
    void close();
}
