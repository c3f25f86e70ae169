package io.tickflow.producers.live;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Detects gaps of the first kind: a connection that is up but silent for longer than a threshold (Polygon sends no
 * heartbeat frames, so during market hours a silent subscription to many tickers means a stalled feed). Each silence
 * is reported once, at the first check past the threshold. Thread-safe: frames are noted from the socket's thread,
 * checks come from the supervisor's. Times are monotonic ns ({@link System#nanoTime()}).
 */
public final class SilenceWatch {
    private final long thresholdNanos;
    private final AtomicLong lastFrameNanos = new AtomicLong();
    private final AtomicBoolean reported = new AtomicBoolean();

    /** @param thresholdNanos silence longer than this is a gap; &gt; 0 */
    public SilenceWatch(long thresholdNanos) {
        if (thresholdNanos <= 0) {
            throw new IllegalArgumentException("silence threshold must be > 0 ns");
        }
        this.thresholdNanos = thresholdNanos;
    }

    /** A connection was made or a frame arrived: the silence (if any) is over. */
    public void heard(long nowNanos) {
        lastFrameNanos.set(nowNanos);
        reported.set(false);
    }

    /**
     * @param expectingFrames whether frames are due now (the market is in session); silence outside does not count
     * @return true exactly once per silence longer than the threshold
     */
    public boolean newGap(long nowNanos, boolean expectingFrames) {
        if (!expectingFrames || nowNanos - lastFrameNanos.get() <= thresholdNanos) {
            return false;
        }
        return reported.compareAndSet(false, true);
    }

    /** How long the feed has been silent, ns. */
    public long silentForNanos(long nowNanos) {
        return nowNanos - lastFrameNanos.get();
    }
}
