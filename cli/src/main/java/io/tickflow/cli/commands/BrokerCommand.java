package io.tickflow.cli.commands;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(new BrokerSettings(dataDir, port, controllerPort, 1, false));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "tickflow-broker-shutdown"));
        System.out.println("Kafka broker ready: bootstrap.servers=" + broker.bootstrapServers()
                + " (data in " + dataDir.toAbsolutePath() + "). Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
