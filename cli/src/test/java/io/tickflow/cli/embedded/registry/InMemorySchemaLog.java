package io.tickflow.cli.embedded.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link SchemaLog} in a list, for tests without a broker; reusable across registry restarts. */
final class InMemorySchemaLog implements SchemaLog {

    private final List<RegistryEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public List<RegistryEvent> readAll() {
        return List.copyOf(events);
    }

    @Override
    public void append(RegistryEvent event) {
        events.add(event);
    }

    @Override
    public void close() {
        // nothing held: the list outlives the registry so that a restart can replay it
    }

    List<RegistryEvent> events() {
        return List.copyOf(events);
    }
}
