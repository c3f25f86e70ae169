package io.tickflow.producers.replay;

/**
 * Wall time as the replay sees it: a monotonic nanosecond counter and a way to wait. Injected so that
 * tests of paced replays neither sleep nor depend on the machine's speed.
 */
public interface ReplayClock {

    /** Monotonic time in ns, as {@link System#nanoTime()}: only differences mean anything. */
    long nanoTime();

    /** Waits about {@code nanos} ns (&gt; 0). */
    void sleepNanos(long nanos) throws InterruptedException;

    /** The JVM's clock and {@link Thread#sleep(long, int)}. */
    static ReplayClock system() {
        return new ReplayClock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }
}
