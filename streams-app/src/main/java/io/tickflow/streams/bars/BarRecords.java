package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceBarRecord;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.schemas.bars.ImbalanceBar;

/** The Avro form of a core imbalance bar, the one shape both the topology and the batch command write. */
public final class BarRecords {
    private BarRecords() {
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
