package io.tickflow.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of the JVM's JIT compiler threads ({@code C1 CompilerThread}, {@code C2 CompilerThread}),
 * read from {@code /proc/self/task} on Linux. Why: {@code CompilationMXBean.getTotalCompilationTime} sums the
 * elapsed time of every compilation, so on 2 busy cores a compile that waits for a core counts its wait, and the
 * compiler threads are hidden from {@code ThreadMXBean}. Compiler threads that ended (HotSpot starts and stops
 * them with the queue) take their time with them, so this is a lower bound.
 */
final class CompilerThreadsCpu {

    /** Clock ticks per second of {@code /proc/<pid>/task/<tid>/stat}; 100 on Linux x86-64 and arm64. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path TASKS = Path.of("/proc/self/task");

    private CompilerThreadsCpu() {
    }

    /** Seconds of CPU the live compiler threads have used; -1 when {@code /proc} cannot be read. */
    static double seconds() {
        if (!Files.isDirectory(TASKS)) {
            return -1;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            return tasks.mapToLong(CompilerThreadsCpu::compilerTicks).sum() / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long compilerTicks(Path task) {
        try {
            return compilerTicks(Files.readString(task.resolve("stat")));
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended between the listing and the read
        }
    }

    /**
     * @param stat a {@code /proc/<pid>/task/<tid>/stat} line
     * @return utime + stime in ticks when the thread is a JIT compiler thread, else 0
     */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')'); // the name may itself hold parentheses or spaces
        String name = stat.substring(open + 1, close);
        if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
            return 0;
        }
        // after the name: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
        String[] fields = stat.substring(close + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
