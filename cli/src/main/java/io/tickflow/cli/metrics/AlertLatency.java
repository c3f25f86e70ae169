package io.tickflow.cli.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tickflow.schemas.alerts.Alert;
import java.time.Duration;
import java.time.Instant;

/**
 * End-to-end latency from the event that fired an alert (its {@code event_ts}: the trade or minute bar time) to the
 * moment a consumer of {@code alerts} sees it. Meaningful live or with {@code replay --as-live}; a plain replay of
 * history gives ages of days, which is why the timer keeps no histogram over hours.
 *
 * <p>Alerts dated after the consumer's clock (clocks of different hosts disagree) cannot give a latency: they are
 * counted in {@code tickflow.alert.latency.clock.skew} instead of being recorded as zero.
 */
public final class AlertLatency {
    /** Timer name; Prometheus shows {@code tickflow_alert_latency_seconds}. */
    public static final String TIMER = "tickflow.alert.latency";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Timer timer;
    private final Counter skewed;

    public AlertLatency(MeterRegistry registry) {
        timer = Timer.builder(TIMER)
                .description("Alert event time (trade or bar time) to the alert consumed")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        skewed = Counter.builder(TIMER + ".clock.skew")
                .description("Alerts whose event time was after the consumer's clock")
                .register(registry);
    }

    /**
     * Records one alert seen at {@code now}.
     *
     * @return the latency recorded, or null when the alert was dated after {@code now}
     */
    public Duration record(Alert alert, Instant now) {
        long eventNanos = alert.getEventTs();
        Instant event = Instant.ofEpochSecond(Math.floorDiv(eventNanos, NANOS_PER_SECOND),
                Math.floorMod(eventNanos, NANOS_PER_SECOND));
        Duration latency = Duration.between(event, now);
        if (latency.isNegative()) {
            skewed.increment();
            return null;
        }
        timer.record(latency);
        return latency;
    }

    public Timer timer() {
        return timer;
    }
}
