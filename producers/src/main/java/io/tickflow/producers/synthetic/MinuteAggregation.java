package io.tickflow.producers.synthetic;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * One-minute OHLCV bars of one ticker's trades, as the minute aggregates flat file holds them:
 * {@code window_start} is the minute's start in ns, {@code transactions} the number of trades.
 *
 * <p>Every trade counts, whatever its sale conditions. Polygon's own aggregates follow the SIP update
 * rules instead (odd lots, for example, add volume but do not set high, low or last); the synthetic
 * files keep the simpler rule so that the two files agree exactly on volume and trade count.
 */
final class MinuteAggregation {

    private MinuteAggregation() {
    }

    /** @param trades one ticker's trades in SIP time order */
    static List<Bar> of(List<Trade> trades) {
        List<Bar> bars = new ArrayList<>();
        Bar.Builder open = null;
        for (Trade trade : trades) {
            long windowStart = trade.getSipTs() - Math.floorMod(trade.getSipTs(), IntradayTimes.NANOS_PER_MINUTE);
            if (open != null && open.getWindowStart() != windowStart) {
                bars.add(open.build());
                open = null;
            }
            open = open == null ? start(trade, windowStart) : add(open, trade);
        }
        if (open != null) {
            bars.add(open.build());
        }
        return bars;
    }

    private static Bar.Builder start(Trade trade, long windowStart) {
        double price = trade.getPrice();
        return Bar.newBuilder().setTicker(trade.getTicker()).setWindowStart(windowStart)
                .setOpen(price).setHigh(price).setLow(price).setClose(price)
                .setVolume(trade.getSize()).setVwap(null).setTransactions(1L).setSource(null);
    }

    private static Bar.Builder add(Bar.Builder bar, Trade trade) {
        double price = trade.getPrice();
        return bar.setHigh(Math.max(bar.getHigh(), price))
                .setLow(Math.min(bar.getLow(), price))
                .setClose(price)
                .setVolume(bar.getVolume() + trade.getSize())
                .setTransactions(bar.getTransactions() + 1);
    }
}
