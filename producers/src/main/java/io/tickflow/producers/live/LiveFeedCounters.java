package io.tickflow.producers.live;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the live feed has done, as plain counters (bound to a metrics registry by whoever exposes them). All counts
 * are totals since start. Every event of every frame ends in exactly one of: produced (trades, bars), malformed,
 * buffer full, produce failed, status; so nothing is lost without a count.
 */
public final class LiveFeedCounters {
    final AtomicLong framesReceived = new AtomicLong();
    final AtomicLong tradesProduced = new AtomicLong();
    final AtomicLong barsProduced = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong bufferFull = new AtomicLong();
    final AtomicLong produceFailed = new AtomicLong();
    final AtomicLong connections = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final AtomicLong gaps = new AtomicLong();
    final AtomicLong lateFrames = new AtomicLong();
    final AtomicLong lastProducedNanos = new AtomicLong();

    /** Text frames received. */
    public long framesReceived() {
        return framesReceived.get();
    }

    /** Trades acknowledged by Kafka on {@code trades}. */
    public long tradesProduced() {
        return tradesProduced.get();
    }

    /** Minute aggregates acknowledged by Kafka on {@code bars.1m}. */
    public long barsProduced() {
        return barsProduced.get();
    }

    /** Frames or events that could not be read (dead-lettered). */
    public long malformed() {
        return malformed.get();
    }

    /** Events refused because the buffer to the producer was full (dead-lettered). */
    public long bufferFull() {
        return bufferFull.get();
    }

    /** Records Kafka did not accept (dead-lettered). */
    public long produceFailed() {
        return produceFailed.get();
    }

    /** Connections opened (the first one included). */
    public long connections() {
        return connections.get();
    }

    /** Connection attempts after the first. */
    public long reconnects() {
        return reconnects.get();
    }

    /** Gaps: a subscribed connection lost, or silence past the threshold while the market is open. */
    public long gaps() {
        return gaps.get();
    }

    /** Trades or bars that arrived after a later one of their ticker (still produced). */
    public long lateFrames() {
        return lateFrames.get();
    }

    /** {@link System#nanoTime()} when Kafka last acknowledged a record; 0 before the first. */
    public long lastProducedNanos() {
        return lastProducedNanos.get();
    }

    @Override
    public String toString() {
        return "frames=" + framesReceived() + " trades=" + tradesProduced() + " bars=" + barsProduced()
                + " malformed=" + malformed() + " bufferFull=" + bufferFull() + " produceFailed=" + produceFailed()
                + " connections=" + connections() + " reconnects=" + reconnects() + " gaps=" + gaps()
                + " late=" + lateFrames();
    }
}
