package io.tickflow.cli.embedded.registry;

/**
 * One change of registry state, as written to the {@code _schemas} topic. Replaying every event in
 * offset order rebuilds the state, ids included.
 */
sealed interface RegistryEvent permits RegistryEvent.SchemaRegistered, RegistryEvent.CompatibilitySet {

    /**
     * A schema became version {@code version} of {@code subject} with global id {@code id}.
     *
     * @param schema the schema's canonical text ({@code Schema.toString()})
     */
    record SchemaRegistered(String subject, int version, int id, String schema) implements RegistryEvent {
    }

    /**
     * A compatibility level was set.
     *
     * @param subject the subject, or null for the global level
     */
    record CompatibilitySet(String subject, CompatibilityLevel level) implements RegistryEvent {
    }
}
