package io.tickflow.streams.daily;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.daily.OpenMinute;
import io.tickflow.core.daily.TradeMinutes;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.streams.bars.BarRecords;
import io.tickflow.streams.deadletter.DeadLetters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * trades → minute bars for the daily processor, when the daily cache is built from trades (the live path, or a
 * backfill from tick files): each ticker's eligible trades go through {@link TradeMinutes}, the open minute lives in
 * a store, and a minute goes to the daily processor when a later trade of its ticker closes it, or when stream time
 * passes its end plus the lateness (a quiet ticker's last minute must still reach its session before the daily
 * grace runs out). A trade of a minute already sent, or of a session whose end plus the grace has passed in stream
 * time, goes to dead-letter with the reason; the daily processor then takes every minute it is given (a minute
 * closed overnight holds trades that came in time).
 */
final class TradeMinutesProcessor implements Processor<String, Trade, String, Object> {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final Duration FLUSH_CHECK = Duration.ofSeconds(10);

    private final DailyMetricsTopology.Settings settings;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, OpenMinute> openMinutes;

    TradeMinutesProcessor(DailyMetricsTopology.Settings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.openMinutes = context.getStateStore(DailyMetricsTopology.OPEN_MINUTES_STORE);
        context.schedule(FLUSH_CHECK, PunctuationType.STREAM_TIME, this::flushEnded);
    }

    @Override
    public void process(Record<String, Trade> record) {
        Trade trade = record.value();
        if (BarRecords.eligibility(trade, settings.scope()) != BarEligibility.ELIGIBLE) {
            return; // not a print the bars or the daily row count: the bars stage accounts for it
        }
        String ticker = trade.getTicker();
        String late = settings.finalRowRefusal("trade", SessionClock.sessionDate(trade.getSipTs()),
                context.currentStreamTimeMs());
        TradeMinutes.Step step = late != null ? null
                : TradeMinutes.add(openMinutes.get(ticker), trade.getSipTs(), trade.getPrice(), trade.getSize());
        String refusal = late != null ? late : step.refusal();
        if (refusal != null) {
            DeadLetter letter = DeadLetters.ofRecord(context, trade, trade.getSipTs(), refusal);
            context.forward(record.withKey(letter.getSource()).withValue(letter),
                    DailyMetricsTopology.DEAD_LETTER_SINK);
            return;
        }
        openMinutes.put(ticker, step.open());
        if (step.closed() != null) {
            forward(ticker, toAvro(ticker, step.closed()), record.timestamp());
        }
    }

    private void flushEnded(long streamTimeMs) {
        long cutoffNanos = streamTimeMs * NANOS_PER_MILLI - settings.minutes().lateness().toNanos();
        List<KeyValue<String, OpenMinute>> ended = new ArrayList<>();
        try (KeyValueIterator<String, OpenMinute> it = openMinutes.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.endNanos() <= cutoffNanos) {
                    ended.add(kv);
                }
            });
        }
        for (KeyValue<String, OpenMinute> kv : ended) {
            openMinutes.delete(kv.key);
            forward(kv.key, toAvro(kv.key, kv.value), streamTimeMs);
        }
    }

    private void forward(String ticker, Bar bar, long timestampMs) {
        context.forward(new Record<>(ticker, bar, timestampMs), DailyMetricsTopology.PROCESSOR);
    }

    static Bar toAvro(String ticker, OpenMinute m) {
        return Bar.newBuilder().setTicker(ticker).setWindowStart(m.windowStartNanos()).setOpen(m.open())
                .setHigh(m.high()).setLow(m.low()).setClose(m.close()).setVolume(m.volume()).setVwap(m.vwap())
                .setTransactions((long) m.trades()).setSource(null).build();
    }
}
