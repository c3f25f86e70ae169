package io.tickflow.producers.replay;

import java.util.ArrayList;
import java.util.List;

/** Test clock: time moves only when the replay sleeps, and every sleep is recorded. */
final class FakeReplayClock implements ReplayClock {

    private long now = 1_000_000_000L;
    private final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }

    List<Long> sleeps() {
        return sleeps;
    }
}
