package io.tickflow.cli.commands;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow broker}: a single-node KRaft broker on 127.0.0.1 until Ctrl-C. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a single-node KRaft Apache Kafka broker on 127.0.0.1 until Ctrl-C.")
public final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "tickflow-data/broker", description = "Log folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--controller-port", defaultValue = "9093", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--test-tuning", hidden = true,
            description = "Single-partition internal topics, no rebalance delay: the tuning of the embedded test and "
                    + "bench brokers (tickflow bench --broker child starts this command with it).")
    boolean testTuning;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(new BrokerSettings(dataDir, port, controllerPort, 1, testTuning));
        return UntilInterrupted.run(broker, "Kafka broker ready: bootstrap.servers=" + broker.bootstrapServers()
                + " (data in " + dataDir.toAbsolutePath() + ").");
    }
}
