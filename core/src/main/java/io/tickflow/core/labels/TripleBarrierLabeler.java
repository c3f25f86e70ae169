package io.tickflow.core.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Triple-barrier labels of one ticker-session's bars (AFML 3.2–3.4, DESIGN.md "Triple barrier"), one bar at a
 * time, so that a stream and a batch give the same labels.
 *
 * <p>At each bar j: r_j = ln(close_j / close_{j−1}) updates σ (the {@link EwmStd} of the session's returns,
 * σ_j includes r_j, known at t0) and the CUSUM filter with h = σ_j·k. A CUSUM firing on bar j opens an event
 * with t0 = close_time_j and target σ_j, provided σ_j &gt; 0: mlfinlab's {@code get_events} drops events whose
 * target is not above {@code min_ret} = 0, while the filter has already reset. Every open event then watches the
 * later bars: ret = ln(close / close_{t0}); it is a profit-take when ret &gt; pt·σ, a stop-loss when ret &lt; −sl·σ
 * (strict, as mlfinlab's {@code apply_pt_sl_on_t1}), and a vertical exit on the first bar at or past the vertical
 * barrier when neither was touched there. A touch on the vertical bar itself counts as pt or sl, as mlfinlab's
 * {@code barrier_touched} labels it.
 *
 * <p>Unlike mlfinlab, which compares simple returns close/close₀ − 1 with the barriers, barriers here are in log
 * returns, the unit σ is measured in; the two agree to first order for small moves.
 */
public final class TripleBarrierLabeler {
    private static final Comparator<TripleBarrierLabel> BY_EVENT = Comparator.comparingInt(TripleBarrierLabel::eventSeq);

    private final LabelSettings settings;
    private final double alpha;

    public TripleBarrierLabeler(LabelSettings settings) {
        this.settings = settings;
        this.alpha = EwmStd.alphaOfSpan(settings.volatilitySpan());
    }

    /** The new state and the labels this bar resolved, oldest event first. */
    public record Step(LabelerState state, List<TripleBarrierLabel> labels) {
    }

    /**
     * Applies the session's next bar.
     *
     * @param bar a bar with a positive close and a seq above the previous bar's (the caller checks)
     */
    public Step onBar(LabelerState state, BarPoint bar) {
        List<TripleBarrierLabel> resolved = new ArrayList<>();
        List<PendingEvent> open = new ArrayList<>(state.pending().size() + 1);
        for (PendingEvent event : state.pending()) {
            TripleBarrierLabel label = touched(event, bar);
            if (label != null) {
                resolved.add(label);
            } else {
                open.add(event);
            }
        }
        if (state.last() == null) {
            return new Step(new LabelerState(state.volatility(), state.cusum(), bar, open), resolved);
        }
        double logReturn = Math.log(bar.close() / state.last().close());
        EwmStd volatility = state.volatility().add(logReturn, alpha);
        double sigma = volatility.std();
        CusumFilter.Step cusum = state.cusum().next(logReturn, sigma * settings.cusumK());
        if (cusum.event() && sigma > 0) {
            open.add(openEvent(bar, sigma));
        }
        return new Step(new LabelerState(volatility, cusum.filter(), bar, open), resolved);
    }

    /**
     * Ends the session: every open event exits vertically at the session's last bar ("never past the session
     * end"). An event opened on that last bar gets t1 = t0 and ret = 0.
     */
    public List<TripleBarrierLabel> closeSession(LabelerState state) {
        List<TripleBarrierLabel> labels = new ArrayList<>(state.pending().size());
        for (PendingEvent event : state.pending()) {
            labels.add(label(event, state.last(), Touch.VERTICAL));
        }
        labels.sort(BY_EVENT);
        return labels;
    }

    private PendingEvent openEvent(BarPoint bar, double sigma) {
        int verticalSeq = settings.verticalBars() == 0 ? Integer.MAX_VALUE
                : (int) Math.min(Integer.MAX_VALUE, (long) bar.seq() + settings.verticalBars());
        long nanos = settings.verticalNanos();
        long verticalTime = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : bar.closeTimeNanos() + nanos;
        return new PendingEvent(bar.seq(), bar.closeTimeNanos(), bar.close(), sigma, verticalSeq, verticalTime);
    }

    /** The label if {@code bar} ends the event, else null. */
    private TripleBarrierLabel touched(PendingEvent event, BarPoint bar) {
        double ret = Math.log(bar.close() / event.close());
        if (settings.profitTake() > 0 && ret > settings.profitTake() * event.target()) {
            return label(event, bar, Touch.PT);
        }
        if (settings.stopLoss() > 0 && ret < -settings.stopLoss() * event.target()) {
            return label(event, bar, Touch.SL);
        }
        return event.verticalAt(bar) ? label(event, bar, Touch.VERTICAL) : null;
    }

    private static TripleBarrierLabel label(PendingEvent event, BarPoint exit, Touch touch) {
        double ret = Math.log(exit.close() / event.close());
        return new TripleBarrierLabel(event.seq(), event.t0Nanos(), exit.seq(), exit.closeTimeNanos(), touch, ret,
                event.target());
    }
}
