package io.tickflow.cli.commands;

import picocli.CommandLine.Option;

/** {@code --metrics-port}: where a long-running command serves Prometheus metrics; shared by streams, sink and web. */
public final class MetricsOptions {
    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://127.0.0.1:PORT/metrics (0: a free port; default: off).")
    Integer metricsPort;

    /** True when the user asked for metrics. */
    public boolean enabled() {
        return metricsPort != null;
    }

    /** The port asked for; 0 means a free one. Only meaningful when {@link #enabled()}. */
    public int port() {
        return metricsPort == null ? 0 : metricsPort;
    }
}
