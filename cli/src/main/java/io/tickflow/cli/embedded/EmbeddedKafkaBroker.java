package io.tickflow.cli.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller roles) running in this JVM on
 * 127.0.0.1. It is the local default of {@code tickflow demo}, {@code tickflow broker} and the integration tests;
 * production points tickflow at any Kafka cluster instead.
 *
 * <p>The data folder is formatted on first use and reused afterwards, so a broker restarted on the same folder
 * keeps its topics (the registry's {@code _schemas} topic among them).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final BrokerSettings settings;
    private final KafkaRaftServer server;
    private boolean stopped;

    private EmbeddedKafkaBroker(BrokerSettings settings, KafkaRaftServer server) {
        this.settings = settings;
        this.server = server;
    }

    /**
     * Formats the data folder when needed, starts the broker and waits until it answers metadata requests.
     *
     * @throws PortInUseException when the client or controller port is already bound by another process
     */
    public static EmbeddedKafkaBroker start(BrokerSettings settings) {
        settings.requirePortsFree();
        Properties props = settings.serverProperties();
        formatStorageIfNeeded(settings.dataDir(), props);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Instant begin = Instant.now();
        server.startup();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings, server);
        broker.awaitReady();
        LOG.info("Kafka broker ready on {} in {} ms (data in {})", broker.bootstrapServers(),
                Duration.between(begin, Instant.now()).toMillis(), settings.dataDir());
        return broker;
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** Stops the broker and waits for it: logs are flushed and the data folder can be reused. Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Kafka broker on {} stopped", bootstrapServers());
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(conf)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        close();
                        throw new IllegalStateException("Kafka broker did not become ready within " + READY_TIMEOUT, notYet);
                    }
                }
                sleep(100);
            }
        }
    }

    /**
     * Formats the KRaft storage once. Uses {@code StorageTool.execute}, not {@code main}, because {@code main}
     * calls {@code System.exit}.
     */
    private static void formatStorageIfNeeded(Path dataDir, Properties props) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Path propsFile = dataDir.resolveSibling(dataDir.getFileName() + "-server.properties");
            try (Writer out = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
                props.store(out, "tickflow embedded broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString(), "--ignore-formatted"};
            int rc = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("Formatting Kafka storage in " + dataDir + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare Kafka data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
