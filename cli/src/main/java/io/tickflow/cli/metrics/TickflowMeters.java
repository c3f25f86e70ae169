package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The meter registry of one tickflow process: Prometheus format, every meter tagged with the process's
 * {@code component} ({@code streams}, {@code sink}, {@code web}, {@code live}) so one Prometheus can scrape them all,
 * plus the JVM and process meters every service dashboard expects.
 */
public final class TickflowMeters implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> bindings = new ArrayList<>();

    /** @param component short name of the process, e.g. {@code streams}; never null */
    public TickflowMeters(String component) {
        registry.config().commonTags("application", "tickflow", "component", component);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        bindings.add(gc);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Closes {@code binding} (a binder with a refresh thread, a background consumer) when these meters close. */
    public <T extends AutoCloseable> T own(T binding) {
        bindings.add(binding);
        return binding;
    }

    /** Closes owned bindings, newest first, then the registry. */
    @Override
    public void close() {
        for (int i = bindings.size() - 1; i >= 0; i--) {
            try {
                bindings.get(i).close();
            } catch (Exception e) {
                // A failing binder must not keep the others (or the process) from stopping.
                org.slf4j.LoggerFactory.getLogger(TickflowMeters.class).warn("closing a metrics binding failed", e);
            }
        }
        registry.close();
    }
}
