package io.tickflow.cli.batch;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.alerts.InMemoryTickerAlertStore;
import io.tickflow.core.alerts.MinuteAlerts;
import io.tickflow.core.alerts.MinuteOutcome;
import io.tickflow.core.alerts.InMemoryTradeAlertStore;
import io.tickflow.core.alerts.TradeAlerts;
import io.tickflow.core.alerts.TradeOutcome;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.schemas.market.Trade;
import io.tickflow.streams.alerts.AlertsTopology;
import io.tickflow.streams.bars.BarRecords;
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
 * {@code tickflow batch alerts} without Kafka: reads trade day files (or minute aggregate day files) with the
 * producers' readers and feeds {@link TradeAlerts} (or {@link MinuteAlerts}), the topology's core classes, in the
 * order the replay publishes them: dates ascending, each day's trades by SIP time then sequence (bars by window
 * start then ticker). Each ticker therefore sees its records in the same order as the topology, so both fire the
 * same alerts with the same ids. Trades count as in the topology: the bar-eligible ones ({@link BarRecords#eligibility}).
 */
public final class AlertsBatch {
    private final MinuteAlerts alerts;
    private final TradeAlerts tradeAlerts;
    private final InMemoryTickerAlertStore store = new InMemoryTickerAlertStore();
    private final InMemoryTradeAlertStore tradeStore = new InMemoryTradeAlertStore();

    public AlertsBatch(AlertSettings settings) {
        this.alerts = new MinuteAlerts(settings);
        this.tradeAlerts = new TradeAlerts(settings);
    }

    /**
     * @param alerts     in firing order
     * @param outOfScope minutes outside the session scope, or trades not counted (outside the scope, sale
     *                   conditions, cancelled: valid, not used)
     * @param refused    records refused (unusable, late or repeated), each written to the rejects
     * @param input      what was read
     */
    public record Result(List<Alert> alerts, ReadStats read, long outOfScope, long refused, AlertsTopology.Input input) {
    }

    /**
     * @param inputs trade day files or minute aggregate day files (the first file's format decides, trades
     *               preferred), or folders holding them
     */
    public Result run(List<Path> inputs, DeadLetterSink rejects) {
        var days = DayFiles.byDate(inputs);
        boolean minutes = days.values().stream().flatMap(List::stream).findFirst()
                .flatMap(FormatDetector::detect).filter(f -> f == InputFormat.POLYGON_MINUTE_AGGS_CSV).isPresent();
        return minutes ? runMinutes(inputs, rejects) : runTrades(inputs, rejects);
    }

    /** @param inputs trade day files (Polygon trades CSV), or folders holding them */
    public Result runTrades(List<Path> inputs, DeadLetterSink rejects) {
        PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
        ReadStats read = ReadStats.EMPTY;
        List<Alert> fired = new ArrayList<>();
        long[] counts = new long[2];
        for (var day : DayFiles.byDate(inputs).entrySet()) {
            List<Trade> trades = new ArrayList<>();
            for (Path file : day.getValue()) {
                read = read.plus(reader.read(file, trades::add, rejects));
            }
            trades.sort(Comparator.comparingLong(Trade::getSipTs)
                    .thenComparingLong(t -> t.getSequence() == null ? Long.MIN_VALUE : t.getSequence()));
            for (Trade trade : trades) {
                applyTrade(trade, day.getValue().get(0), rejects, fired, counts);
            }
        }
        return new Result(fired, read, counts[0], counts[1], AlertsTopology.Input.TRADES);
    }

    private void applyTrade(Trade trade, Path file, DeadLetterSink rejects, List<Alert> fired, long[] counts) {
        if (BarRecords.eligibility(trade, tradeAlerts.settings().scope()) != BarEligibility.ELIGIBLE) {
            counts[0]++;
            return;
        }
        TradeOutcome outcome = tradeAlerts.onTrade(tradeStore, trade.getTicker(), trade.getSipTs(), trade.getPrice(),
                trade.getSize());
        switch (outcome.status()) {
            case OUT_OF_SCOPE -> counts[0]++;
            case REFUSED -> {
                counts[1]++;
                rejects.accept(new Rejection(file.toString(), Rejection.WHOLE_SOURCE, trade.toString(),
                        outcome.refusal(), PolygonTradesCsvReader.FORMAT, trade.getSipTs()));
            }
            case APPLIED -> fired.addAll(outcome.alerts());
        }
    }

    /** @param inputs minute aggregate day files, or folders holding them */
    public Result runMinutes(List<Path> inputs, DeadLetterSink rejects) {
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
        return new Result(fired, read, counts[0], counts[1], AlertsTopology.Input.BARS);
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
