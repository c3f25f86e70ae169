package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tickflow.producers.deadletter.DeadLetterCounts;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Dead letters of a producer (replay, live feed) as {@code tickflow.dead.letters{origin, kind}}: one counter per
 * rejection kind of a {@link DeadLetterCounts}. Kinds appear while the producer runs, so new ones are registered on
 * a short schedule (Prometheus never sees a kind before its first rejection, which reads the same as 0).
 */
public final class DeadLetterMeters implements AutoCloseable {
    private final MeterRegistry registry;
    private final String origin;
    private final DeadLetterCounts counts;
    private final ScheduledExecutorService refresher;
    private final java.util.Set<String> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private DeadLetterMeters(MeterRegistry registry, String origin, DeadLetterCounts counts,
                             ScheduledExecutorService refresher) {
        this.registry = registry;
        this.origin = origin;
        this.counts = counts;
        this.refresher = refresher;
    }

    /**
     * @param origin where the rejections happen, e.g. {@code replay} or {@code live} ({@code streams} is taken by
     *               {@link StreamsAppMetrics})
     */
    public static DeadLetterMeters bind(MeterRegistry registry, String origin, DeadLetterCounts counts, Duration every) {
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tickflow-dead-letter-meters");
            t.setDaemon(true);
            return t;
        });
        DeadLetterMeters meters = new DeadLetterMeters(registry, origin, counts, refresher);
        meters.registerNewKinds();
        refresher.scheduleWithFixedDelay(meters::registerNewKinds, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return meters;
    }

    /** Registers a counter for every kind seen so far; kinds already registered are left as they are. */
    void registerNewKinds() {
        for (String kind : counts.snapshot().keySet()) {
            if (!registered.add(kind)) {
                continue;
            }
            FunctionCounter.builder(StreamsAppMetrics.DEAD_LETTERS, counts, c -> c.of(kind))
                    .tags("origin", origin, "kind", kind)
                    .description("Rejected inputs sent to the dead-letter topic").register(registry);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
