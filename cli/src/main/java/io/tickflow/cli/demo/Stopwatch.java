package io.tickflow.cli.demo;

import java.time.Duration;

/** Elapsed wall time since the demo started, for its progress lines. */
final class Stopwatch {
    private final long start = System.nanoTime();

    String lap() {
        return format(Duration.ofNanos(System.nanoTime() - start));
    }

    String total() {
        return "took " + lap();
    }

    private static String format(Duration d) {
        return String.format("%d:%02d.%d", d.toMinutes(), d.toSecondsPart(), d.toMillisPart() / 100);
    }
}
