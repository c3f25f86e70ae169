package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceBarRecord;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.core.trades.SaleConditions;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;

/**
 * Between the Avro records of the topics and the core bar classes: the one mapping both the topology and the batch
 * command use, so they cannot drift apart.
 */
public final class BarRecords {
    private BarRecords() {
    }

    /** Whether a trade enters bar building under {@code scope}, or why not (core's sale-condition table). */
    public static BarEligibility eligibility(Trade trade, SessionScope scope) {
        int[] conditions = toArray(trade.getConditions());
        int correction = trade.getCorrection() == null ? 0 : trade.getCorrection();
        return SaleConditions.classify(trade.getSipTs(), trade.getPrice(), trade.getSize(), conditions, correction, scope);
    }

    /** A plain loop: this runs once per trade, where a stream's set-up showed in profiles. */
    private static int[] toArray(java.util.List<Integer> codes) {
        int[] out = new int[codes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes.get(i);
        }
        return out;
    }

    public static ImbalanceBar toAvro(String ticker, TickerImbalanceBars.SessionBar sessionBar) {
        ImbalanceBarRecord b = sessionBar.bar();
        return ImbalanceBar.newBuilder()
                .setTicker(ticker)
                .setSession(sessionBar.session())
                .setSeq(Math.toIntExact(b.seq()))
                .setOpenTime(b.openTimeNanos())
                .setCloseTime(b.closeTimeNanos())
                .setOpen(b.open())
                .setHigh(b.high())
                .setLow(b.low())
                .setClose(b.close())
                .setVolume(b.volume())
                .setBuyVolume(b.buyVolume())
                .setTicks(Math.toIntExact(b.ticks()))
                .setDollarValue(b.dollarValue())
                .setTheta(b.theta())
                .setThreshold(b.threshold())
                .setExpTicks(b.expTicks())
                .setExpImbalance(b.expImbalance())
                .setComplete(b.complete())
                .build();
    }
}
