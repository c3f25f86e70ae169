package io.tickflow.cli.commands;

import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow registry}: the embedded Confluent-compatible schema registry, until Ctrl-C. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Run the embedded schema registry (Confluent REST subset) on 127.0.0.1, persisted in _schemas.")
public final class RegistryCommand implements Callable<Integer> {
    @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "${env:TICKFLOW_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka holding the _schemas topic (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--port", defaultValue = "8081", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(bootstrapServers, port);
        return UntilInterrupted.run(registry, "Schema registry ready: " + registry.url()
                + " (schemas in topic _schemas on " + bootstrapServers + ").");
    }
}
