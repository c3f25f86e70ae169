package io.tickflow.streams.labels;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.ResolvedSession;
import io.tickflow.core.labels.TickerLabelState;
import io.tickflow.core.labels.TickerLabels;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.streams.deadletter.DeadLetters;
import io.tickflow.streams.sessions.OpenSessionIndex;
import io.tickflow.streams.sessions.SessionClosed;
import io.tickflow.streams.weights.WeightsTopology;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Feeds each bar to {@link TickerLabels} with the ticker's state from the store, forwards the labels it resolves,
 * and hands every closed session to the weights processor. Below the bars processor, a session closes on its
 * {@link SessionClosed} signal; read from the bars topic instead, a session that no bar closed (the last bar was
 * complete) closes on stream time once its end plus grace has passed.
 */
final class LabelsProcessor implements Processor<String, Object, String, Object> {
    /** How often (stream time) open sessions are checked for their end. */
    private static final Duration SESSION_CHECK = Duration.ofMinutes(1);

    private final LabelsTopology.Settings settings;
    private final TickerLabels labels;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, TickerLabelState> states;
    private OpenSessionIndex openSessions;
    /**
     * The states this task wrote, by ticker, so a bar does not deserialize its ticker's state (open events and the
     * session's bar path, kilobytes) from the store. A pure cache: every state is also put to the store.
     */
    private Map<String, TickerLabelState> written;

    LabelsProcessor(LabelsTopology.Settings settings) {
        this.settings = settings;
        this.labels = new TickerLabels(settings.labels());
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.states = context.getStateStore(LabelsTopology.STATE_STORE);
        // Fresh on every init: Kafka Streams re-initializes the same processor instance when it revives a task
        // after an aborted transaction, and nothing of the aborted work may survive in memory.
        this.openSessions = new OpenSessionIndex();
        this.written = new HashMap<>();
        try (KeyValueIterator<String, TickerLabelState> all = states.all()) {
            all.forEachRemaining(kv -> track(kv.key, kv.value));
        }
        context.schedule(SESSION_CHECK, PunctuationType.STREAM_TIME, this::closeEndedSessions);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.value() instanceof SessionClosed closed) {
            closeIfOpen(record.key(), closed);
            return;
        }
        ImbalanceBar bar = (ImbalanceBar) record.value();
        String ticker = bar.getTicker();
        TickerLabelState state = load(ticker);
        var step = labels.onBar(state != null ? state : TickerLabelState.initial(), bar.getSession(),
                LabelRecords.pointOf(bar), bar.getComplete());
        step.rejection().ifPresent(reason -> deadLetter(record, reason));
        apply(ticker, step);
    }

    /** The bars processor ended this session: close it unless a later bar already did. */
    private void closeIfOpen(String ticker, SessionClosed closed) {
        TickerLabelState state = load(ticker);
        if (state != null && closed.session().equals(state.session()) && !state.closed()) {
            apply(ticker, labels.closeSession(state));
        }
    }

    /** The ticker's state, null before its first bar. */
    private TickerLabelState load(String ticker) {
        TickerLabelState state = written.get(ticker);
        return state != null ? state : states.get(ticker);
    }

    private void apply(String ticker, TickerLabels.Step step) {
        states.put(ticker, step.state());
        written.put(ticker, step.state());
        track(ticker, step.state());
        for (var dated : step.labels()) {
            var value = LabelRecords.toAvro(ticker, dated.session(), dated.label());
            context.forward(new Record<>(ticker, value, millis(dated.label().t1Nanos())), LabelsTopology.LABELS_SINK);
        }
        for (ResolvedSession session : step.closed()) {
            BarPoint last = session.path().get(session.path().size() - 1);
            context.forward(new Record<>(ticker, session, millis(last.closeTimeNanos())), WeightsTopology.PROCESSOR);
        }
    }

    private void deadLetter(Record<String, Object> record, String reason) {
        ImbalanceBar bar = (ImbalanceBar) record.value();
        DeadLetter letter = DeadLetters.ofRecord(context, bar, bar.getCloseTime(), reason);
        context.forward(record.withKey(letter.getSource()).withValue(letter), LabelsTopology.DEAD_LETTER_SINK);
    }

    private void closeEndedSessions(long streamTimeMs) {
        for (String ticker : openSessions.endedBy(streamTimeMs * 1_000_000L - settings.sessionGrace().toNanos())) {
            apply(ticker, labels.closeSession(load(ticker)));
        }
    }

    /** Keeps the in-memory index of open sessions (a pure cache of the store) in step with a stored state. */
    private void track(String ticker, TickerLabelState state) {
        if (state.session() != null && !state.closed()) {
            openSessions.open(ticker, settings.sessionEndNanos(state.session()));
        } else {
            openSessions.close(ticker);
        }
    }

    private static long millis(long nanos) {
        return Math.floorDiv(nanos, 1_000_000L);
    }
}
