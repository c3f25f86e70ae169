package io.tickflow.core.bars;

/**
 * One imbalance bar, with the columns of DESIGN.md (ticker and session are added by the caller).
 * theta, threshold, expTicks and expImbalance are as they stood when the bar closed, before the update
 * that the close triggers; threshold and expImbalance are {@code NaN} when E[imb] was still undefined
 * (a forced or session-end close during warm-up).
 *
 * @param seq            bar number in its session, from 0
 * @param openTimeNanos  time of the bar's first trade, ns since epoch
 * @param closeTimeNanos time of the bar's last trade, ns since epoch
 * @param volume         shares
 * @param buyVolume      shares of trades with tick-rule sign +1
 * @param ticks          trades
 * @param dollarValue    Σ price·size, dollars
 * @param theta          θ, Σ imbalance of the bar's trades
 * @param threshold      the |θ| to exceed: E[T]·|E[imb]|, in hardened mode at least κ·E|imb|·√E[T]
 *                       ({@link HardenedThreshold})
 * @param expTicks       E[T]
 * @param expImbalance   E[imb]
 * @param complete       false only for a session's last, unfinished bar
 */
public record ImbalanceBarRecord(long seq, long openTimeNanos, long closeTimeNanos, double open, double high,
                                 double low, double close, double volume, double buyVolume, long ticks,
                                 double dollarValue, double theta, double threshold, double expTicks,
                                 double expImbalance, boolean complete) {

    /** The bar made of an accumulation and the state's thresholds. */
    static ImbalanceBarRecord of(ImbalanceBarState state, boolean complete) {
        OhlcvAccumulator bar = state.bar();
        return new ImbalanceBarRecord(state.nextSeq(), bar.openTimeNanos(), bar.closeTimeNanos(), bar.open(),
                bar.high(), bar.low(), bar.close(), bar.volume(), bar.buyVolume(), bar.ticks(), bar.dollarValue(),
                state.theta(), state.threshold(), state.expTicks(), state.expImbalance(), complete);
    }
}
