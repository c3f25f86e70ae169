package io.tickflow.core.bars;

/**
 * The open bar's OHLCV inside one {@link ImbalanceBarBuilder}: the mutable twin of {@link OhlcvAccumulator}, so
 * that a trade updates ten fields instead of allocating a record (the kernel runs tens of millions of trades per
 * second). Same arithmetic, in the same order, as {@link OhlcvAccumulator#add}: a snapshot equals the record the
 * immutable path would have built. Not thread-safe; never shared outside its builder.
 */
final class OpenBar {
    private long openTimeNanos;
    private long closeTimeNanos;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private double buyVolume;
    private long ticks;
    private double dollarValue;

    /** An open bar holding what {@code from} holds. */
    OpenBar(OhlcvAccumulator from) {
        openTimeNanos = from.openTimeNanos();
        closeTimeNanos = from.closeTimeNanos();
        open = from.open();
        high = from.high();
        low = from.low();
        close = from.close();
        volume = from.volume();
        buyVolume = from.buyVolume();
        ticks = from.ticks();
        dollarValue = from.dollarValue();
    }

    /** Adds one trade; see {@link OhlcvAccumulator#add} for the arguments. */
    void add(long tsNanos, double price, double size, int sign) {
        double buy = sign > 0 ? size : 0;
        if (ticks == 0) {
            openTimeNanos = tsNanos;
            closeTimeNanos = tsNanos;
            open = price;
            high = price;
            low = price;
            close = price;
            volume = size;
            buyVolume = buy;
            ticks = 1;
            dollarValue = price * size;
            return;
        }
        closeTimeNanos = tsNanos;
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        volume = volume + size;
        buyVolume = buyVolume + buy;
        ticks = ticks + 1;
        dollarValue = dollarValue + price * size;
    }

    /** Empties the bar ({@link OhlcvAccumulator#empty()}'s values). */
    void clear() {
        openTimeNanos = 0;
        closeTimeNanos = 0;
        open = Double.NaN;
        high = Double.NaN;
        low = Double.NaN;
        close = Double.NaN;
        volume = 0;
        buyVolume = 0;
        ticks = 0;
        dollarValue = 0;
    }

    long ticks() {
        return ticks;
    }

    /** The immutable record of the bar so far. */
    OhlcvAccumulator snapshot() {
        return ticks == 0 ? OhlcvAccumulator.empty() : new OhlcvAccumulator(openTimeNanos, closeTimeNanos, open, high,
                low, close, volume, buyVolume, ticks, dollarValue);
    }
}
