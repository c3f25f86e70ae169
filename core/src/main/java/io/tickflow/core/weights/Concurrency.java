package io.tickflow.core.weights;

/** Concurrent events per bar (AFML snippet 4.1, mlfinlab {@code num_concurrent_events}). */
final class Concurrency {
    private Concurrency() {
    }

    /**
     * c_t for every bar index t: how many spans [from, to] (inclusive both ends) contain t. A difference array keeps
     * this O(bars + events).
     */
    static int[] counts(int bars, int[][] spans) {
        int[] delta = new int[bars + 1];
        for (int[] span : spans) {
            delta[span[0]]++;
            delta[span[1] + 1]--;
        }
        int[] counts = new int[bars];
        int running = 0;
        for (int t = 0; t < bars; t++) {
            running += delta[t];
            counts[t] = running;
        }
        return counts;
    }
}
