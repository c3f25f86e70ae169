package io.tickflow.streams.labels;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.ResolvedSession;
import io.tickflow.core.labels.TickerLabelState;
import io.tickflow.core.labels.TickerLabels;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.streams.deadletter.DeadLetters;
import io.tickflow.streams.weights.WeightsTopology;
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
 * Feeds each bar to {@link TickerLabels} with the ticker's state from the store, forwards the labels it resolves,
 * and hands every closed session to the weights processor. Sessions that no bar closed (the last bar was complete)
 * are closed on stream time once their end plus grace has passed, so a replay closes them where a live run does.
 */
final class LabelsProcessor implements Processor<String, ImbalanceBar, String, Object> {
    /** How often (stream time) open sessions are checked for their end. */
    private static final Duration SESSION_CHECK = Duration.ofMinutes(1);

    private final LabelsTopology.Settings settings;
    private final TickerLabels labels;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, TickerLabelState> states;

    LabelsProcessor(LabelsTopology.Settings settings) {
        this.settings = settings;
        this.labels = new TickerLabels(settings.labels());
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.states = context.getStateStore(LabelsTopology.STATE_STORE);
        context.schedule(SESSION_CHECK, PunctuationType.STREAM_TIME, this::closeEndedSessions);
    }

    @Override
    public void process(Record<String, ImbalanceBar> record) {
        ImbalanceBar bar = record.value();
        String ticker = bar.getTicker();
        TickerLabelState state = states.get(ticker);
        var step = labels.onBar(state != null ? state : TickerLabelState.initial(), bar.getSession(),
                LabelRecords.pointOf(bar), bar.getComplete());
        step.rejection().ifPresent(reason -> deadLetter(record, reason));
        apply(ticker, step);
    }

    private void apply(String ticker, TickerLabels.Step step) {
        states.put(ticker, step.state());
        for (var dated : step.labels()) {
            var value = LabelRecords.toAvro(ticker, dated.session(), dated.label());
            context.forward(new Record<>(ticker, value, millis(dated.label().t1Nanos())), LabelsTopology.LABELS_SINK);
        }
        for (ResolvedSession session : step.closed()) {
            BarPoint last = session.path().get(session.path().size() - 1);
            context.forward(new Record<>(ticker, session, millis(last.closeTimeNanos())), WeightsTopology.PROCESSOR);
        }
    }

    private void deadLetter(Record<String, ImbalanceBar> record, String reason) {
        DeadLetter letter = DeadLetters.ofRecord(context, record.value(), record.value().getCloseTime(), reason);
        context.forward(record.withKey(letter.getSource()).withValue(letter), LabelsTopology.DEAD_LETTER_SINK);
    }

    private void closeEndedSessions(long streamTimeMs) {
        long graceNanos = settings.sessionGrace().toNanos();
        for (KeyValue<String, TickerLabelState> entry : openSessions()) {
            if (settings.sessionEndNanos(entry.value.session()) + graceNanos <= streamTimeMs * 1_000_000L) {
                apply(entry.key, labels.closeSession(entry.value));
            }
        }
    }

    private List<KeyValue<String, TickerLabelState>> openSessions() {
        List<KeyValue<String, TickerLabelState>> open = new ArrayList<>();
        try (KeyValueIterator<String, TickerLabelState> all = states.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value.session() != null && !kv.value.closed()) {
                    open.add(kv);
                }
            });
        }
        return open;
    }

    private static long millis(long nanos) {
        return Math.floorDiv(nanos, 1_000_000L);
    }
}
