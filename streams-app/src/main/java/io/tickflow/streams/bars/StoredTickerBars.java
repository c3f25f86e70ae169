package io.tickflow.streams.bars;

import io.tickflow.core.bars.TickerBarsState;
import java.util.Objects;

/**
 * What the bars state store keeps per ticker: the bar state, and the imbalances of the history's open block (the
 * {@link StoreImbalanceHistories#BLOCK}-value block the next trade writes into), so that a trade makes one store
 * write; the history store gets a block once it is full.
 *
 * @param bars      the ticker's bar state
 * @param openBlock the open block's imbalances of the current pass, oldest first ({@code count mod W} minus the
 *                  block's first slot of them); {@code null} for a value written before the open block moved here
 *                  (format 3 and older), whose history store holds the open block itself
 */
record StoredTickerBars(TickerBarsState bars, double[] openBlock) {
    StoredTickerBars {
        Objects.requireNonNull(bars, "bars");
    }
}
