package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertMinute;
import io.tickflow.core.alerts.MinuteAlerts;
import io.tickflow.core.alerts.MinuteOutcome;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.streams.deadletter.DeadLetters;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Feeds each minute bar to {@link MinuteAlerts} over the stage's stores and forwards the alerts it fires, keyed by
 * ticker, with the input's timestamp and headers (so a producer's send time travels to the alert, for latency
 * measurement). Unusable or out-of-order bars go to dead-letter with the reason.
 */
final class AlertsProcessor implements Processor<String, Bar, String, Object> {
    private final MinuteAlerts alerts;
    private ProcessorContext<String, Object> context;
    private StoreTickerAlerts store;

    AlertsProcessor(MinuteAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = new StoreTickerAlerts(context.getStateStore(AlertsTopology.SESSION_STORE),
                context.getStateStore(AlertsTopology.HISTORY_STORE), context.getStateStore(AlertsTopology.MINUTES_STORE));
        store.clearCache();
    }

    @Override
    public void process(Record<String, Bar> record) {
        Bar bar = record.value();
        AlertMinute minute;
        try {
            minute = AlertRecords.minuteOf(bar);
        } catch (IllegalArgumentException e) {
            deadLetter(record, "minute bar unusable for alerts: " + e.getMessage());
            return;
        }
        MinuteOutcome outcome = alerts.onMinute(store, bar.getTicker(), minute);
        if (outcome.status() == MinuteOutcome.Status.REFUSED) {
            deadLetter(record, outcome.refusal());
        }
        for (Alert alert : outcome.alerts()) {
            context.forward(record.withKey(alert.ticker()).withValue((Object) AlertRecords.toAvro(alert)),
                    AlertsTopology.ALERTS_SINK);
        }
    }

    private void deadLetter(Record<String, Bar> record, String reason) {
        DeadLetter letter = DeadLetters.ofRecord(context, record.value(), record.value().getWindowStart(), reason);
        context.forward(record.withKey(letter.getSource()).withValue((Object) letter), AlertsTopology.DEAD_LETTER_SINK);
    }
}
