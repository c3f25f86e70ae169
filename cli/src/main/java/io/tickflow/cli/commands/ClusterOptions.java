package io.tickflow.cli.commands;

import io.tickflow.schemas.registry.SchemaRegistryClient;
import picocli.CommandLine.Option;

/** Where Kafka and the schema registry are: the options every command that talks to a cluster shares. */
public final class ClusterOptions {
    @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "${env:TICKFLOW_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env TICKFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = {"-r", "--schema-registry"}, defaultValue = "${env:TICKFLOW_SCHEMA_REGISTRY:-http://127.0.0.1:8081}",
            description = "Confluent-compatible schema registry URL (default: ${DEFAULT-VALUE}; env TICKFLOW_SCHEMA_REGISTRY).")
    String schemaRegistryUrl;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The registry URL as given; may hold credentials, so never print it. */
    public String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }

    public SchemaRegistryClient registryClient() {
        return new SchemaRegistryClient(schemaRegistryUrl);
    }
}
