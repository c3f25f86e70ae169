package io.tickflow.cli.bench;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Unmeasured runs of a bench, repeated while the JIT compiler threads used more than {@value #SETTLED_CORE_SHARE} of
 * a core during the last one, at most {@value #MAX_RUNS}. Why: on 2 cores the compiler threads compete with what is
 * measured, and they settle slowly. After a single warm-up the alerts bench's first measured run still had 5.5-7 s of
 * compiler CPU in its 23 s (session 6); the sink bench's rounds still had 1-2 s of it per ~3 s round at round 10,
 * per-file code of Kafka and parquet-java getting hot late. A live process compiles in its first minutes, then runs
 * the day. Compiler CPU is read from {@code /proc} ({@link CompilerThreadsCpu}); where it cannot be read, one run.
 */
final class JitWarmUp {

    static final int MAX_RUNS = 4;
    static final double SETTLED_CORE_SHARE = 0.1;

    private JitWarmUp() {
    }

    /** One unmeasured run. */
    interface Run {
        /**
         * @param warmUp 1 for the first warm-up run, up to {@link #MAX_RUNS}
         * @return what the run measured, for its line (empty for nothing)
         */
        String run(int warmUp) throws Exception;
    }

    /**
     * Runs {@code run} until the compiler threads settle, sending one line per run to {@code out}
     * ({@code warm-up run N: JIT compiler threads C s in W s}, then what the run returned after a {@code ; }).
     *
     * @return the runs made, 1 to {@value #MAX_RUNS}
     */
    static int untilSettled(Run run, Consumer<String> out) throws Exception {
        for (int warm = 1; ; warm++) {
            double compilerBefore = CompilerThreadsCpu.seconds();
            long started = System.nanoTime();
            String measured = run.run(warm);
            double compilerAfter = CompilerThreadsCpu.seconds();
            double compiler = compilerBefore < 0 || compilerAfter < 0 ? Double.NaN : compilerAfter - compilerBefore;
            double wall = (System.nanoTime() - started) / 1e9;
            out.accept(String.format(Locale.ROOT, "warm-up run %d: JIT compiler threads %.2f s in %.1f s%s",
                    warm, compiler, wall, measured.isEmpty() ? "" : "; " + measured));
            if (!warmAgain(warm, compiler, wall)) {
                return warm;
            }
        }
    }

    /**
     * @param runsMade        warm-up runs made so far, &gt;= 1
     * @param compilerSeconds CPU of the compiler threads during the last run, s; NaN when unknown
     * @param wallSeconds     the last run's wall time, s
     * @return true when another warm-up run is due: the compiler threads used at least {@value #SETTLED_CORE_SHARE}
     *         of a core and fewer than {@value #MAX_RUNS} runs were made
     */
    static boolean warmAgain(int runsMade, double compilerSeconds, double wallSeconds) {
        return runsMade < MAX_RUNS && compilerSeconds >= SETTLED_CORE_SHARE * wallSeconds;
    }
}
