package io.tickflow.core.bars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link TickerImbalanceBars} keeps per ticker between trades: the current session, whether it is closed,
 * the bar state of that session, and the trade counts of the last sessions (for E0[T] in hardened mode).
 *
 * @param session               the session being built; {@code null} before the ticker's first trade
 * @param closed                whether that session's end was processed (its last bar emitted)
 * @param bars                  the imbalance-bar state of that session
 * @param trailingSessionTrades eligible trades of the last closed sessions, oldest first
 * @param maxSeenNanos          the latest trade time of the session so far ({@code Long.MIN_VALUE} before any)
 * @param pending               trades within the out-of-order tolerance of {@code maxSeenNanos}, not yet applied,
 *                              in timestamp order (arrival order among equal timestamps)
 */
public record TickerBarsState(LocalDate session, boolean closed, ImbalanceBarState bars,
                              List<Long> trailingSessionTrades, long maxSeenNanos, List<PendingTrade> pending) {

    public TickerBarsState {
        Objects.requireNonNull(bars, "bars");
        trailingSessionTrades = List.copyOf(trailingSessionTrades);
        pending = List.copyOf(pending);
    }

    /** Before the ticker's first trade. */
    public static TickerBarsState initial(ImbalanceBarSettings settings) {
        return new TickerBarsState(null, false, ImbalanceBarState.initial(settings), List.of(), Long.MIN_VALUE,
                List.of());
    }

    TickerBarsState withBars(ImbalanceBarState newBars) {
        return new TickerBarsState(session, closed, newBars, trailingSessionTrades, maxSeenNanos, pending);
    }

    TickerBarsState withPending(long newMaxSeenNanos, List<PendingTrade> newPending) {
        return new TickerBarsState(session, closed, bars, trailingSessionTrades, newMaxSeenNanos, newPending);
    }

    /** This session closed: its trade count joins the trailing ones (keeping at most {@code keep}). */
    TickerBarsState closedWith(ImbalanceBarState finalBars, int keep) {
        List<Long> trailing = new ArrayList<>(trailingSessionTrades);
        trailing.add(finalBars.tradeCount());
        while (trailing.size() > keep) {
            trailing.remove(0);
        }
        return new TickerBarsState(session, true, finalBars, trailing, maxSeenNanos, List.of());
    }

    double meanTrailingTrades() {
        return trailingSessionTrades.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }
}
