package io.tickflow.streams.daily;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.TickerSessionHistory;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.streams.deadletter.DeadLetters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Feeds each minute bar to the ticker's {@link TickerSessionHistory} and forwards the rows that changed. A minute in
 * time order extends the session's totals; a late, corrected or repeated minute makes the session recomputed from
 * its stored minutes in minute order, which gives the same doubles as the batch command's single pass.
 *
 * <p>Minutes are kept in a window store whose retention drops them a day or two after their session, without
 * tombstones. A minute whose session ended more than the grace ago (in stream time) is refused to dead-letter:
 * its session's row is final. Previous closes are adjusted with the ticker's splits of the global splits store.
 */
final class DailyMetricsProcessor implements Processor<String, Bar, String, Object> {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final DailyMetricsTopology.Settings settings;
    /** The daily.metrics sink, or the short-features join in front of it. */
    private final String metricsChild;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, TickerSessionHistory> histories;
    private WindowStore<String, MinuteBar> minutes;
    private SplitsStore splits;

    DailyMetricsProcessor(DailyMetricsTopology.Settings settings, String metricsChild) {
        this.settings = settings;
        this.metricsChild = metricsChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.histories = context.getStateStore(DailyMetricsTopology.HISTORY_STORE);
        this.minutes = context.getStateStore(DailyMetricsTopology.MINUTES_STORE);
        this.splits = new SplitsStore(context.getStateStore(DailyMetricsTopology.SPLITS_STORE));
    }

    @Override
    public void process(Record<String, Bar> record) {
        Bar bar = record.value();
        if (!settings.scope().contains(bar.getWindowStart())) {
            return; // pre-market or after-hours minute under the regular scope: valid, not part of the row
        }
        LocalDate session = SessionClock.sessionDate(bar.getWindowStart());
        String refusal = refusal(bar, session);
        if (refusal != null) {
            deadLetter(record, refusal);
            return;
        }
        String ticker = bar.getTicker();
        MinuteBar minute = DailyRecords.minuteOf(bar);
        TickerSessionHistory history = load(ticker);
        minutes.put(ticker, minute, Math.floorDiv(minute.windowStartNanos(), NANOS_PER_MILLI));
        SessionTotals totals = history.extendInOrder(session, minute).orElseGet(() -> recompute(ticker, session));
        TickerSessionHistory next = history.with(totals);
        histories.put(ticker, next);
        next.rowsFrom(session, splits.historyOf(ticker)).forEach(row ->
                forwardRow(record, DailyRecords.toAvro(ticker, row)));
    }

    /** Why a bar cannot update its session, or {@code null} when it can. */
    private String refusal(Bar bar, LocalDate session) {
        if (!(bar.getClose() > 0) || !(bar.getVolume() >= 0)) {
            return "minute bar has close " + bar.getClose() + " and volume " + bar.getVolume();
        }
        // Minutes cut from trades were checked trade by trade (TradeMinutesProcessor): a minute closed after the grace
        // passed in stream time holds trades that arrived in time.
        String late = settings.minutes().fromTrades() ? null
                : settings.finalRowRefusal("minute bar", session, context.currentStreamTimeMs());
        if (late != null) {
            return late;
        }
        if (!load(bar.getTicker()).canUpdate(session)) {
            return "minute bar of session " + session + " is older than the sessions a correction may reach";
        }
        return null;
    }

    private SessionTotals recompute(String ticker, LocalDate session) {
        List<MinuteBar> day = new ArrayList<>();
        long fromMs = Math.floorDiv(settings.scope().startNanos(session), NANOS_PER_MILLI);
        long toMs = Math.floorDiv(settings.sessionEndNanos(session), NANOS_PER_MILLI) - 1;
        try (WindowStoreIterator<MinuteBar> it = minutes.fetch(ticker, fromMs, toMs)) {
            it.forEachRemaining(kv -> day.add(kv.value));
        }
        return SessionTotals.of(session, day);
    }

    private TickerSessionHistory load(String ticker) {
        TickerSessionHistory history = histories.get(ticker);
        return history != null ? history : TickerSessionHistory.EMPTY;
    }

    private void forwardRow(Record<String, Bar> input, DailyMetrics row) {
        Record<String, Object> out = new Record<>(row.getTicker(), row, input.timestamp());
        context.forward(out, metricsChild);
        context.forward(out, DailyMetricsTopology.INFO_RICH_PROCESSOR);
    }

    private void deadLetter(Record<String, Bar> record, String reason) {
        DeadLetter letter = DeadLetters.ofRecord(context, record.value(), record.value().getWindowStart(), reason);
        context.forward(record.withKey(letter.getSource()).withValue(letter), DailyMetricsTopology.DEAD_LETTER_SINK);
    }



}
