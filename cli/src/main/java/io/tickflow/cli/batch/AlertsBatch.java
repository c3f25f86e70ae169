package io.tickflow.cli.batch;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.alerts.InMemoryTickerAlertStore;
import io.tickflow.core.alerts.MinuteAlerts;
import io.tickflow.core.alerts.MinuteOutcome;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.schemas.market.Bar;
import io.tickflow.streams.alerts.AlertRecords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code tickflow batch alerts} without Kafka: reads minute aggregate day files with the producers' reader and feeds
 * {@link MinuteAlerts} (the topology's core class) in the order the replay publishes them: dates ascending, each
 * day's bars by window start then ticker. Each ticker therefore sees its minutes in the same order as the topology,
 * so both fire the same alerts with the same ids.
 */
public final class AlertsBatch {
    private final MinuteAlerts alerts;
    private final InMemoryTickerAlertStore store = new InMemoryTickerAlertStore();

    public AlertsBatch(AlertSettings settings) {
        this.alerts = new MinuteAlerts(settings);
    }

    /**
     * @param alerts     in firing order
     * @param outOfScope minutes outside the session scope (valid, not used)
     * @param refused    minutes refused (unusable, late or repeated), each written to the rejects
     */
    public record Result(List<Alert> alerts, ReadStats read, long outOfScope, long refused) {
    }

    /** @param inputs minute aggregate day files, or folders holding them */
    public Result run(List<Path> inputs, DeadLetterSink rejects) {
        PolygonMinuteAggsCsvReader reader = new PolygonMinuteAggsCsvReader();
        ReadStats read = ReadStats.EMPTY;
        List<Alert> fired = new ArrayList<>();
        long[] counts = new long[2];
        for (var day : DayFiles.byDate(inputs).entrySet()) {
            List<Bar> bars = new ArrayList<>();
            for (Path file : day.getValue()) {
                read = read.plus(reader.read(file, bars::add, rejects));
            }
            bars.sort(Comparator.comparingLong(Bar::getWindowStart).thenComparing(Bar::getTicker));
            for (Bar bar : bars) {
                apply(bar, day.getValue().get(0), rejects, fired, counts);
            }
        }
        return new Result(fired, read, counts[0], counts[1]);
    }

    private void apply(Bar bar, Path file, DeadLetterSink rejects, List<Alert> fired, long[] counts) {
        MinuteOutcome outcome;
        try {
            outcome = alerts.onMinute(store, bar.getTicker(), AlertRecords.minuteOf(bar));
        } catch (IllegalArgumentException e) {
            outcome = new MinuteOutcome(MinuteOutcome.Status.REFUSED, e.getMessage(), List.of(), java.util.Set.of());
        }
        switch (outcome.status()) {
            case OUT_OF_SCOPE -> counts[0]++;
            case REFUSED -> {
                counts[1]++;
                rejects.accept(new Rejection(file.toString(), Rejection.WHOLE_SOURCE, bar.toString(), outcome.refusal(),
                        PolygonMinuteAggsCsvReader.FORMAT, bar.getWindowStart()));
            }
            case APPLIED -> fired.addAll(outcome.alerts());
        }
    }
}
