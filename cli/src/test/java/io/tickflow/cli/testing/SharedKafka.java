package io.tickflow.cli.testing;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one real Kafka broker of an integration-test run: started on first use, shared by every test class of the
 * JVM, stopped when JUnit closes its root context. Use with {@code @ExtendWith(SharedKafka.class)} and
 * {@link #bootstrapServers()}. Tests isolate themselves with their own topic names and group ids.
 */
public final class SharedKafka implements BeforeAllCallback {
    private static EmbeddedKafkaBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SharedKafka.class)");
        }
        return broker.bootstrapServers();
    }

    private static synchronized void start(ExtensionContext context) {
        if (broker != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("tickflow-it-kafka");
            broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(dir.resolve("data")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AutoCloseable stop = () -> {
            synchronized (SharedKafka.class) {
                broker.close();
                broker = null;
            }
        };
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedKafka.class.getName(), stop);
    }
}
