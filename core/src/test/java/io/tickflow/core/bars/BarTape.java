package io.tickflow.core.bars;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Shared fixtures: small trade tapes and a run of a builder over one as a single session. */
final class BarTape {

    record Trade(long tsNanos, double price, double size) {
    }

    private BarTape() {
    }

    /** Trades from (price, size) pairs, one second apart from t = 1 s. */
    static List<Trade> of(double... priceSizePairs) {
        List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < priceSizePairs.length; i += 2) {
            trades.add(new Trade((i / 2 + 1) * 1_000_000_000L, priceSizePairs[i], priceSizePairs[i + 1]));
        }
        return trades;
    }

    /** A random walk on a $0.01 grid around $3 with odd-lot to block sizes, reproducible from its seed. */
    static List<Trade> randomWalk(long seed, int count) {
        Random random = new Random(seed);
        List<Trade> trades = new ArrayList<>();
        long cents = 300;
        for (int i = 0; i < count; i++) {
            cents = Math.max(1, cents + random.nextInt(5) - 2);
            double size = 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 300);
            trades.add(new Trade(i * 1_000_000L, cents / 100.0, size));
        }
        return trades;
    }

    static ImbalanceBarBuilder newBuilder(ImbalanceBarSettings settings) {
        return new ImbalanceBarBuilder(settings, ImbalanceBarState.initial(settings),
                new RingImbalanceHistory(settings.imbalanceWindow()));
    }

    /** Every bar of one session, including the unfinished last one. */
    static List<ImbalanceBarRecord> session(ImbalanceBarSettings settings, List<Trade> trades) {
        ImbalanceBarBuilder builder = newBuilder(settings);
        List<ImbalanceBarRecord> bars = new ArrayList<>();
        for (Trade trade : trades) {
            builder.onTrade(trade.tsNanos(), trade.price(), trade.size()).ifPresent(bars::add);
        }
        builder.closeSession().ifPresent(bars::add);
        return bars;
    }
}
