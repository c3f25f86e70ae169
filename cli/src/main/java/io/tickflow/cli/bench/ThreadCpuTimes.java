package io.tickflow.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this JVM's threads over an interval, summed by role (stream thread, its producer's network thread,
 * broker request handlers, ...). Broker, registry and the application share the JVM in a bench, so this says
 * whether a slow round was the stream thread computing, or waiting while other threads (or other processes on a
 * contended machine) ran. Threads that started and ended inside the interval are missed.
 */
final class ThreadCpuTimes {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanosById = new HashMap<>();
    private final long startProcessNanos = processCpuNanos();
    private final long startWallNanos = System.nanoTime();
    private final double startCompilerSeconds = CompilerThreadsCpu.seconds();

    /** Takes the starting snapshot. */
    ThreadCpuTimes() {
        for (long id : threads.getAllThreadIds()) {
            startNanosById.put(id, threads.getThreadCpuTime(id));
        }
    }

    /**
     * The process's CPU and wall time, then lines {@code cpu <role> <seconds> s}, largest first, for roles above 10 ms
     * since the snapshot.
     */
    List<String> sinceStart() {
        Map<String, Long> byRole = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            long before = startNanosById.getOrDefault(info.getThreadId(), 0L);
            if (now > 0) {
                byRole.merge(role(info.getThreadName()), now - Math.max(0, before), Long::sum);
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(byRole.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "cpu process (GC, JIT and ended threads included) %.2f s in %.2f s, of it"
                        + " JIT compiler threads %.2f s", (processCpuNanos() - startProcessNanos) / 1e9,
                (System.nanoTime() - startWallNanos) / 1e9, compilerSecondsSinceStart()));
        sorted.stream().filter(e -> e.getValue() > 10_000_000L).forEach(e ->
                out.add(String.format(Locale.ROOT, "cpu %s %.2f s", e.getKey(), e.getValue() / 1e9)));
        return out;
    }

    /** CPU of the JIT compiler threads since the snapshot, s; NaN where {@code /proc} cannot be read. */
    private double compilerSecondsSinceStart() {
        double now = CompilerThreadsCpu.seconds();
        return now < 0 || startCompilerSeconds < 0 ? Double.NaN : now - startCompilerSeconds;
    }

    /** CPU time of this whole process, ns. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A thread's name without ids and numbers, so threads of one role add up. */
    private static String role(String name) {
        return name.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "")
                .replaceAll("bench[0-9]+-app", "app").replaceAll("-[0-9]+$", "").replaceAll("producer-[0-9]+", "producer");
    }
}
