package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.MinuteOutcome;
import io.tickflow.core.alerts.TradeAlerts;
import io.tickflow.core.alerts.TradeOutcome;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import io.tickflow.streams.bars.BarRecords;
import io.tickflow.streams.deadletter.DeadLetters;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Feeds each eligible trade to {@link TradeAlerts} over the stage's stores and forwards the alerts it fires, keyed by
 * ticker, with the trade's timestamp and headers (so a producer's send time travels to the alert, for latency
 * measurement). Trades the bars and the daily cache do not count (sale conditions, cancelled, outside the scope) are
 * skipped here: the bars stage counts them by reason. Refused trades (late minute, earlier session) go to
 * dead-letter with the reason.
 */
final class TradeAlertsProcessor implements Processor<String, Trade, String, Object> {
    private final TradeAlerts alerts;
    private ProcessorContext<String, Object> context;
    private StoreTradeAlerts store;

    TradeAlertsProcessor(TradeAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = new StoreTradeAlerts(context.getStateStore(AlertsTopology.TRADE_SESSION_STORE),
                context.getStateStore(AlertsTopology.HISTORY_STORE), context.getStateStore(AlertsTopology.MINUTES_STORE));
        store.clearCache();
    }

    @Override
    public void process(Record<String, Trade> record) {
        Trade trade = record.value();
        if (BarRecords.eligibility(trade, alerts.settings().scope()) != BarEligibility.ELIGIBLE) {
            return;
        }
        TradeOutcome outcome = alerts.onTrade(store, trade.getTicker(), trade.getSipTs(), trade.getPrice(),
                trade.getSize());
        if (outcome.status() == MinuteOutcome.Status.REFUSED) {
            deadLetter(record, outcome.refusal());
        }
        for (Alert alert : outcome.alerts()) {
            context.forward(record.withKey(alert.ticker()).withValue((Object) AlertRecords.toAvro(alert)),
                    AlertsTopology.ALERTS_SINK);
        }
    }

    private void deadLetter(Record<String, Trade> record, String reason) {
        DeadLetter letter = DeadLetters.ofRecord(context, record.value(), record.value().getSipTs(), reason);
        context.forward(record.withKey(letter.getSource()).withValue((Object) letter), AlertsTopology.DEAD_LETTER_SINK);
    }
}
