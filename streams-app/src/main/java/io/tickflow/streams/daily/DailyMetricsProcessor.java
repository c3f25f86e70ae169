package io.tickflow.streams.daily;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.daily.DailyMetricsRow;
import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.core.daily.TickerSessionHistory;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.streams.deadletter.DeadLetters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Feeds each minute bar to the ticker's {@link TickerSessionHistory} and sends the rows that changed, at most once
 * per emit interval. A minute in time order extends the session's totals; a late, corrected or repeated minute
 * makes the session recomputed from its held minutes in minute order, which gives the same doubles as the batch
 * command's single pass.
 *
 * <p>Rows are not sent per minute: a minute marks its session's row (and every later one) unsent, and unsent rows
 * are sent every emit interval (the application's {@code commit.interval.ms}, wall clock), or as soon as the
 * ticker's next session starts (so a session's row never waits behind a replay of many sessions). A row sent is
 * always the value of its ticker-session at that time: intermediate values a consumer saw with one row per minute
 * are skipped, the final value is the same. The unsent mark is state, written with the history: a commit between a
 * minute and the emit, a crash or a restart sends the rows later, in the transaction that clears the mark.
 *
 * <p>A session's minutes are one store value ({@link SessionMinutes}, key {@code ticker|epochDay}), written through
 * the record cache (one changelog record per session and commit, not one per minute) and swept from the store once
 * the session is final. A minute whose session ended more than the grace ago (in stream time) is refused to
 * dead-letter: its session's row is final. Previous closes are adjusted with the ticker's splits of the global
 * splits store.
 */
final class DailyMetricsProcessor implements Processor<String, Bar, String, Object> {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    /** Stream time between sweeps of final sessions' minutes out of the store. */
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);
    private static final Duration DEFAULT_EMIT_INTERVAL = Duration.ofSeconds(1);
    private static final String KEY_SEPARATOR = "|";

    private final DailyMetricsTopology.Settings settings;
    /** The daily.metrics sink, or the short-features join in front of it. */
    private final String metricsChild;
    private ProcessorContext<String, Object> context;
    private TickerStates states;
    private KeyValueStore<String, SessionMinutes> minutes;
    private SplitsStore splits;

    DailyMetricsProcessor(DailyMetricsTopology.Settings settings, String metricsChild) {
        this.settings = settings;
        this.metricsChild = metricsChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.states = new TickerStates(context.getStateStore(DailyMetricsTopology.HISTORY_STORE));
        this.minutes = context.getStateStore(DailyMetricsTopology.SESSION_MINUTES_STORE);
        this.splits = new SplitsStore(context.getStateStore(DailyMetricsTopology.SPLITS_STORE));
        context.schedule(emitInterval(context.appConfigs()), PunctuationType.WALL_CLOCK_TIME, now -> sendUnsent());
        context.schedule(SWEEP_EVERY, PunctuationType.STREAM_TIME, this::sweepFinalSessions);
    }

    @Override
    public void process(Record<String, Bar> record) {
        Bar bar = record.value();
        if (!settings.scope().contains(bar.getWindowStart())) {
            return; // pre-market or after-hours minute under the regular scope: valid, not part of the row
        }
        LocalDate session = SessionClock.sessionDate(bar.getWindowStart());
        String ticker = bar.getTicker();
        DailyTickerState state = states.get(ticker);
        String refusal = refusal(bar, session, state.history());
        if (refusal != null) {
            deadLetter(record, refusal);
            return;
        }
        MinuteBar minute = DailyRecords.minuteOf(bar);
        String key = minutesKey(ticker, session);
        SessionMinutes held = minutes.get(key);
        SessionTotals totals = totalsWith(state.history(), session, held == null ? SessionMinutes.EMPTY : held, minute);
        if (totals == null) {
            deadLetter(record, "minute bar of session " + session + " corrects a session whose minutes are not all"
                    + " held (some were kept by an earlier version of the stage): its row cannot be recomputed");
            return;
        }
        minutes.put(key, (held == null ? SessionMinutes.EMPTY : held).with(minute));
        if (state.unsentFrom() != null && startsNewSession(state.history(), session)) {
            send(ticker, state); // the rows of the sessions before: their values do not depend on the new one
            state = state.sent();
        }
        states.put(ticker, state.changed(state.history().with(totals), session));
    }

    /**
     * The session's totals with {@code minute}: extended in time order, or recomputed from the held minutes;
     * {@code null} when a recomputation is needed and the held minutes are not all of the session's.
     */
    private static SessionTotals totalsWith(TickerSessionHistory history, LocalDate session, SessionMinutes held,
                                            MinuteBar minute) {
        var inOrder = history.extendInOrder(session, minute);
        if (inOrder.isPresent()) {
            return inOrder.get();
        }
        int known = history.sessions().stream().filter(s -> s.session().equals(session))
                .mapToInt(SessionTotals::minutes).findFirst().orElse(0);
        return held.size() == known ? held.with(minute).totals(session) : null;
    }

    private static boolean startsNewSession(TickerSessionHistory history, LocalDate session) {
        List<SessionTotals> sessions = history.sessions();
        return !sessions.isEmpty() && session.isAfter(sessions.get(sessions.size() - 1).session());
    }

    /** Why a bar cannot update its session, or {@code null} when it can. */
    private String refusal(Bar bar, LocalDate session, TickerSessionHistory history) {
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
        if (!history.canUpdate(session)) {
            return "minute bar of session " + session + " is older than the sessions a correction may reach";
        }
        return null;
    }

    /** Sends every ticker's unsent rows (the emit punctuation). */
    private void sendUnsent() {
        for (String ticker : states.withUnsentRows()) {
            DailyTickerState state = states.get(ticker);
            send(ticker, state);
            states.put(ticker, state.sent());
        }
    }

    /** Sends the rows of {@code state}'s first unsent session and every later one, in date order. */
    private void send(String ticker, DailyTickerState state) {
        SplitHistory tickerSplits = splits.historyOf(ticker);
        for (DailyMetricsRow row : state.history().rowsFrom(state.unsentFrom(), tickerSplits)) {
            // the record time of a row is its latest minute's start, whenever it is sent
            Record<String, Object> out = new Record<>(ticker, DailyRecords.toAvro(ticker, row),
                    Math.floorDiv(row.lastMinuteNanos(), NANOS_PER_MILLI));
            context.forward(out, metricsChild);
            context.forward(out, DailyMetricsTopology.INFO_RICH_PROCESSOR);
        }
    }

    /** Deletes the held minutes of sessions whose end plus the grace has passed: no minute can change them. */
    private void sweepFinalSessions(long streamTimeMs) {
        List<String> done = new ArrayList<>();
        try (KeyValueIterator<String, SessionMinutes> it = minutes.all()) {
            it.forEachRemaining(kv -> {
                if (settings.finalRowRefusal("", sessionOf(kv.key), streamTimeMs) != null) {
                    done.add(kv.key);
                }
            });
        }
        done.forEach(minutes::delete);
    }

    static String minutesKey(String ticker, LocalDate session) {
        return ticker + KEY_SEPARATOR + session.toEpochDay();
    }

    static LocalDate sessionOf(String minutesKey) {
        return LocalDate.ofEpochDay(Long.parseLong(minutesKey.substring(minutesKey.lastIndexOf(KEY_SEPARATOR) + 1)));
    }

    /** The application's commit interval: rows are sent at most once per commit. */
    static Duration emitInterval(Map<String, Object> appConfigs) {
        Object value = appConfigs.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
        long ms = value instanceof Number n ? n.longValue()
                : value != null ? Long.parseLong(value.toString().trim()) : DEFAULT_EMIT_INTERVAL.toMillis();
        return Duration.ofMillis(Math.max(1, ms));
    }

    private void deadLetter(Record<String, Bar> record, String reason) {
        DeadLetter letter = DeadLetters.ofRecord(context, record.value(), record.value().getWindowStart(), reason);
        context.forward(record.withKey(letter.getSource()).withValue(letter), DailyMetricsTopology.DEAD_LETTER_SINK);
    }
}
