package io.tickflow.cli.embedded.registry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tickflow's own schema registry for local use ({@code tickflow registry}, {@code tickflow demo}, tests):
 * the Confluent REST subset over HTTP on 127.0.0.1, state persisted in the compacted {@code _schemas}
 * topic so that ids survive a restart, BACKWARD compatibility enforced with Avro's checker.
 *
 * <p>Any Confluent-compatible client (ours, Confluent's, Apicurio's ccompat-aware ones) can use {@link #url()}.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    /** Bound of each Kafka operation made while starting and per registration. */
    public static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);

    private final SchemaLog log;
    private final HttpServer server;
    private final ExecutorService executor;

    /**
     * Replays the log, then serves on 127.0.0.1.
     *
     * @param log  durable event log; closed by {@link #close()}
     * @param port TCP port, 0 for an ephemeral one
     */
    EmbeddedSchemaRegistry(SchemaLog log, int port) {
        this.log = log;
        SchemaRegistryService service = new SchemaRegistryService(log);
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            log.close();
            throw new UncheckedIOException("cannot bind the schema registry to 127.0.0.1:" + port, e);
        }
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "tickflow-registry-http");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new RegistryRoutes(service));
        server.setExecutor(executor);
        server.start();
        LOG.info("schema registry listening on {}", url());
    }

    /**
     * Starts a registry persisted in {@code _schemas} of the given cluster (created when absent).
     *
     * @param bootstrapServers Kafka bootstrap servers, not null
     * @param port             TCP port on 127.0.0.1, 0 for an ephemeral one
     * @return the running registry; close it to stop
     */
    public static EmbeddedSchemaRegistry start(String bootstrapServers, int port) {
        return new EmbeddedSchemaRegistry(new KafkaSchemaLog(bootstrapServers, KAFKA_TIMEOUT), port);
    }

    /** @return {@code http://127.0.0.1:<port>}, no trailing slash */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** @return the bound TCP port */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving at once (a local tool: no drain of in-flight requests), then closes the log. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.close();
        LOG.info("schema registry on port {} stopped", port());
    }
}
