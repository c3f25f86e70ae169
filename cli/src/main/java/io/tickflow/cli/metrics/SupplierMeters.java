package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Binds plain counters of modules that do not depend on Micrometer (the live feed's {@code LiveFeedCounters}, the
 * sink's and producers' counters): each named {@link LongSupplier} becomes a meter read at scrape time.
 */
public final class SupplierMeters {
    private SupplierMeters() {
    }

    /**
     * One Prometheus counter per entry, named {@code prefix.key} ({@code tickflow.live.frames} becomes
     * {@code tickflow_live_frames_total}).
     *
     * @param counters name suffix → monotonic count (never decreasing while the process lives)
     */
    public static void counters(MeterRegistry registry, String prefix, Map<String, LongSupplier> counters, Tags tags) {
        // The registry is the meter's (weakly held) state object and the supplier lives in the (strongly held)
        // function: a supplier written inline, such as counters::frames, would otherwise be collected and read NaN.
        counters.forEach((key, supplier) -> FunctionCounter
                .builder(prefix + "." + key, registry, r -> supplier.getAsLong())
                .tags(tags).register(registry));
    }

    /**
     * One gauge per entry, for values that go up and down (buffer fill, connected clients).
     *
     * @param gauges name suffix → current value
     */
    public static void gauges(MeterRegistry registry, String prefix, Map<String, LongSupplier> gauges, Tags tags) {
        gauges.forEach((key, supplier) -> Gauge.builder(prefix + "." + key, supplier, s -> s.getAsLong()).strongReference(true)
                .tags(tags).register(registry));
    }
}
