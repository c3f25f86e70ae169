package io.tickflow.cli.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The same single-node broker as {@link EmbeddedKafkaBroker}, but in a child JVM ({@code tickflow broker} on this
 * JVM's class path), so a benchmark's producer, topology and probe do not share heap, GC and JIT with the broker,
 * as they would not in production. The child gets {@code -Xmx1g} and this JVM's {@code -XX:} options (the same GC),
 * and is stopped on {@link #close} or, at the latest, by a shutdown hook of this JVM: SIGTERM first (the broker
 * closes its logs), then a forced kill after {@value #STOP_SECONDS} s.
 */
public final class ChildKafkaBroker implements AutoCloseable {
    private static final String READY = "Kafka broker ready";
    private static final long READY_SECONDS = 90;
    private static final long STOP_SECONDS = 10;

    private final Process process;
    private final BrokerSettings settings;
    private final Thread killer;

    private ChildKafkaBroker(Process process, BrokerSettings settings) {
        this.process = process;
        this.settings = settings;
        this.killer = new Thread(process::destroyForcibly, "tickflow-child-broker-kill");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Starts {@code tickflow broker} on {@code settings}' ports and folder and waits until it says it is ready.
     *
     * @throws IllegalStateException when the child exits or stays silent for {@value #READY_SECONDS} s; its standard
     *                               error (in {@code <data folder>-child.log}) says why
     */
    public static ChildKafkaBroker start(BrokerSettings settings) throws IOException, InterruptedException {
        Path log = settings.dataDir().resolveSibling(settings.dataDir().getFileName() + "-child.log");
        Files.createDirectories(settings.dataDir());
        Process process = new ProcessBuilder(command(settings))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ChildKafkaBroker broker = new ChildKafkaBroker(process, settings);
        try {
            broker.awaitReady(log);
            return broker;
        } catch (IOException | InterruptedException | RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    /** Stops the child: SIGTERM, then a forced kill if it is still alive after {@value #STOP_SECONDS} s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // this JVM is already exiting: the hook runs anyway and finds the child gone
        }
    }

    private static List<String> command(BrokerSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-XX:") && !option.contains("FlightRecord")) { // same GC; one recording only
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.tickflow.cli.Tickflow", "broker",
                "--data-dir", settings.dataDir().toAbsolutePath().toString(),
                "--port", Integer.toString(settings.port()),
                "--controller-port", Integer.toString(settings.controllerPort())));
        if (settings.testTuning()) {
            command.add("--test-tuning");
        }
        return command;
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> readUntilReady(out));
        try {
            if (!ready.get(READY_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("child broker exited with " + process.waitFor() + "; see " + log);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("child broker not ready after " + READY_SECONDS + " s; see " + log, e);
        } catch (ExecutionException e) {
            throw new IOException("reading the child broker's output: " + e.getCause(), e.getCause());
        }
        Thread drain = new Thread(() -> readUntilReady(out), "tickflow-child-broker-out"); // never blocks the child
        drain.setDaemon(true);
        drain.start();
    }

    /** Reads lines until the ready line ({@code true}) or the end of the output ({@code false}). */
    private static boolean readUntilReady(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(READY)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
