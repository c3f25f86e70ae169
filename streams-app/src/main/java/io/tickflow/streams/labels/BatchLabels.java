package io.tickflow.streams.labels;

import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.labels.ResolvedSession;
import io.tickflow.core.labels.TickerLabelState;
import io.tickflow.core.labels.TickerLabels;
import io.tickflow.core.weights.SampleWeights;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.weights.SampleWeight;
import io.tickflow.streams.weights.WeightRecords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labels and weights of a finished set of bars, without Kafka: the same {@link TickerLabels}, {@link SampleWeights}
 * and record mappings as {@link LabelsTopology}, driven by {@code tickflow batch labels|weights}. Bars are taken in
 * (ticker, session, seq) order and every session is closed at the end, so each ticker's labels and weights come out
 * in the order the topology emits them.
 */
public final class BatchLabels {
    private static final Comparator<ImbalanceBar> BAR_ORDER = Comparator.comparing((ImbalanceBar b) -> b.getTicker())
            .thenComparing(ImbalanceBar::getSession).thenComparingInt(ImbalanceBar::getSeq);

    private final TickerLabels labeler;
    private final SampleWeights weigher;

    public BatchLabels(LabelSettings labels, WeightSettings weights) {
        this.labeler = new TickerLabels(labels);
        this.weigher = new SampleWeights(weights);
    }

    /** A bar the labeler refused, and why (a duplicate seq, a non-positive close). */
    public record Refusal(ImbalanceBar bar, String reason) {
    }

    /** Labels by ticker then resolution order; weights by ticker then session; refused bars. */
    public record Result(List<Label> labels, List<SampleWeight> weights, List<Refusal> refused) {
    }

    /** @param bars bars of any tickers and sessions, in any order */
    public Result run(List<ImbalanceBar> bars) {
        List<ImbalanceBar> ordered = new ArrayList<>(bars);
        ordered.sort(BAR_ORDER);
        Result out = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String ticker = null;
        TickerLabelState state = TickerLabelState.initial();
        for (ImbalanceBar bar : ordered) {
            if (!bar.getTicker().equals(ticker)) {
                collect(ticker, labeler.closeSession(state), out);
                ticker = bar.getTicker();
                state = TickerLabelState.initial();
            }
            var step = labeler.onBar(state, bar.getSession(), LabelRecords.pointOf(bar), bar.getComplete());
            step.rejection().ifPresent(reason -> out.refused().add(new Refusal(bar, reason)));
            collect(ticker, step, out);
            state = step.state();
        }
        collect(ticker, labeler.closeSession(state), out);
        return new Result(List.copyOf(out.labels()), List.copyOf(out.weights()), List.copyOf(out.refused()));
    }

    private void collect(String ticker, TickerLabels.Step step, Result out) {
        for (var dated : step.labels()) {
            out.labels().add(LabelRecords.toAvro(ticker, dated.session(), dated.label()));
        }
        for (ResolvedSession session : step.closed()) {
            weigher.of(session).forEach(w -> out.weights().add(WeightRecords.toAvro(ticker, session.session(), w)));
        }
    }
}
