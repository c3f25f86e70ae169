package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceHistory;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import io.tickflow.streams.deadletter.DeadLetters;
import io.tickflow.streams.sessions.OpenSessionIndex;
import io.tickflow.streams.sessions.SessionClosed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Feeds each eligible trade to {@link TickerImbalanceBars} with the ticker's state from the store, and forwards
 * the bars it returns. Sessions are closed on stream time, so a replay closes them exactly where a live run does;
 * a live run also closes them on the wall clock ({@link DibBarsTopology.WallClockClose}), since after the day's
 * last trade stream time stands still until the next morning.
 */
final class DibBarsProcessor implements Processor<String, Trade, String, Object> {
    /** How often (stream time) open sessions are checked for their end. */
    private static final Duration SESSION_CHECK = Duration.ofMinutes(1);

    private final DibBarsTopology.Settings settings;
    private final TickerImbalanceBars bars;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, StoredTickerBars> states;
    private StoreImbalanceHistories histories;
    private OpenSessionIndex openSessions;
    /**
     * The states this task wrote, by ticker: reads come from here instead of deserializing the store's bytes on
     * every trade. A pure cache: every state is also written to the store (so the changelog and the exactly-once
     * commit hold it), and {@link #init} empties it, so a restarted, rebalanced or revived task reads the store.
     */
    private Map<String, StoredTickerBars> written;

    /** Processors below this one (in the same task) that receive every bar and every {@link SessionClosed}. */
    private final List<String> downstream;

    DibBarsProcessor(DibBarsTopology.Settings settings, List<String> downstream) {
        this.settings = settings;
        this.downstream = List.copyOf(downstream);
        this.bars = settings.tickerBars();
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.states = context.getStateStore(DibBarsTopology.STATE_STORE);
        // Fresh on every init: Kafka Streams re-initializes the same processor instance when it revives a task
        // after an aborted transaction, and nothing of the aborted work may survive in memory.
        this.openSessions = new OpenSessionIndex();
        this.written = new HashMap<>();
        this.histories = new StoreImbalanceHistories(context.getStateStore(DibBarsTopology.HISTORY_STORE),
                settings.bars().imbalanceWindow());
        indexOpenSessions();
        context.schedule(SESSION_CHECK, PunctuationType.STREAM_TIME, this::closeEndedSessions);
        settings.wallClockClose().ifPresent(live -> context.schedule(live.every(), PunctuationType.WALL_CLOCK_TIME,
                wallMs -> closeEndedSessions(live.clock().millis())));
    }

    @Override
    public void process(Record<String, Trade> record) {
        Trade trade = record.value();
        if (BarRecords.eligibility(trade, settings.scope()) != BarEligibility.ELIGIBLE) {
            return; // a valid trade that bars do not use (counted by the replay's eligibility summary)
        }
        String ticker = trade.getTicker();
        StoredTickerBars stored = load(ticker);
        TickerBarsState state = stored.bars();
        var step = bars.onTrade(state, trade.getSipTs(), trade.getPrice(), trade.getSize(), history(ticker, stored));
        step.rejection().ifPresent(reason -> deadLetter(record, reason));
        save(ticker, state, step.state());
        step.bars().forEach(bar -> forwardBar(ticker, bar));
        signalIfClosed(ticker, state, step.state(), record.timestamp());
    }

    private void deadLetter(Record<String, Trade> record, String reason) {
        DeadLetter letter = DeadLetters.ofRecord(context, record.value(), record.value().getSipTs(), reason);
        context.forward(record.withKey(letter.getSource()).withValue(letter), DibBarsTopology.DEAD_LETTER_SINK);
    }

    private StoredTickerBars load(String ticker) {
        StoredTickerBars stored = written.get(ticker);
        if (stored == null) {
            stored = states.get(ticker);
        }
        return stored != null ? stored : new StoredTickerBars(TickerBarsState.initial(settings.bars()), new double[0]);
    }

    private ImbalanceHistory history(String ticker, StoredTickerBars stored) {
        return histories.of(ticker, stored.bars().bars().tradeCount(), stored.openBlock());
    }

    private void closeEndedSessions(long streamTimeMs) {
        long endedBy = streamTimeMs * 1_000_000L - settings.sessionGrace().toNanos();
        for (String ticker : openSessions.endedBy(endedBy)) {
            StoredTickerBars stored = load(ticker);
            TickerBarsState state = stored.bars();
            var step = bars.closeSession(state, history(ticker, stored));
            save(ticker, state, step.state());
            step.bars().forEach(bar -> forwardBar(ticker, bar));
            signalIfClosed(ticker, state, step.state(), streamTimeMs);
        }
    }

    /** Tells the stages below that {@code before}'s session is over, when this step ended it. */
    private void signalIfClosed(String ticker, TickerBarsState before, TickerBarsState after, long timestampMs) {
        boolean wasOpen = before.session() != null && !before.closed();
        if (wasOpen && (after.closed() || !before.session().equals(after.session()))) {
            Record<String, Object> closed = new Record<>(ticker, new SessionClosed(before.session()), timestampMs);
            downstream.forEach(child -> context.forward(closed, child));
        }
    }

    /**
     * Stores the state with the history's open block (one store write per trade), and keeps the open-session index
     * in step with it; the index changes only when the session or its closing does.
     */
    private void save(String ticker, TickerBarsState before, TickerBarsState state) {
        StoredTickerBars stored = new StoredTickerBars(state, histories.openBlock(ticker));
        states.put(ticker, stored);
        written.put(ticker, stored);
        if (state.closed() != before.closed() || !Objects.equals(state.session(), before.session())) {
            track(ticker, state);
        }
    }

    private void track(String ticker, TickerBarsState state) {
        if (state.session() != null && !state.closed()) {
            openSessions.open(ticker, bars.sessionEndNanos(state.session()));
        } else {
            openSessions.close(ticker);
        }
    }

    /** One scan of the store when the task starts (or restarts after a crash or rebalance). */
    private void indexOpenSessions() {
        try (KeyValueIterator<String, StoredTickerBars> all = states.all()) {
            all.forEachRemaining(kv -> track(kv.key, kv.value.bars()));
        }
    }

    private void forwardBar(String ticker, TickerImbalanceBars.SessionBar bar) {
        long timestampMs = Math.floorDiv(bar.bar().closeTimeNanos(), 1_000_000L);
        Record<String, Object> record = new Record<>(ticker, BarRecords.toAvro(ticker, bar), timestampMs);
        context.forward(record, DibBarsTopology.BARS_SINK);
        downstream.forEach(child -> context.forward(record, child));
    }
}
