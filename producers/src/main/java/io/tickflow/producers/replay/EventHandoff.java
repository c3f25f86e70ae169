package io.tickflow.producers.replay;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Events handed in batches from a reader thread to the replay's thread, each run of events (a file, or a unit of
 * files) closed by its result {@code R} or its reader's failure. The readers push (they own their parse loop, line
 * counter and trailer check), so a reader runs on a thread of its own and blocks here until the replay has taken what
 * came before: at most {@code (queued + 1) × batch} events wait in memory. Used by {@link FileEventCursor} (one file,
 * merged) and {@link UnitReadAhead} (units one after the other).
 */
final class EventHandoff<R> {

    /** Thrown on the reader's thread once the replay stopped reading ({@link #close()}), to unwind the reader. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Ends one run of events; carries its result or the reader's failure. */
    private record End<R>(R result, RuntimeException failure) {
    }

    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<Object> batches;
    private final int batchSize;
    private final List<Object> filling;
    private volatile boolean closed;
    private Iterator<Object> current = List.<Object>of().iterator();
    private R result;

    /** {@code queued} batches of {@code batchSize} events may wait besides the one being filled. */
    EventHandoff(int batchSize, int queued) {
        this.batchSize = batchSize;
        this.batches = new ArrayBlockingQueue<>(queued);
        this.filling = new ArrayList<>(batchSize);
    }

    /** Reader side: one more event of the current run; blocks while the queue is full. */
    void add(Object event) {
        if (filling.size() >= batchSize) {
            flush();
        }
        filling.add(event);
    }

    /** Reader side: the current run ended with {@code read}. */
    void end(R read) {
        flush();
        put(new End<>(read, null));
    }

    /** Reader side: the current run's reader failed; {@link #next()} rethrows it after the events handed so far. */
    void fail(RuntimeException failure) {
        filling.clear();
        put(new End<R>(null, failure));
    }

    /**
     * Replay side: the next event of the current run, or null at its end (then {@link #result()} is its result).
     *
     * @throws RuntimeException the reader's failure, at the point its file failed
     */
    Object next() throws InterruptedException {
        while (!current.hasNext()) {
            Object next = batches.take();
            if (next instanceof End<?> end) {
                if (end.failure() != null) {
                    throw end.failure();
                }
                @SuppressWarnings("unchecked")
                R read = (R) end.result();
                result = read;
                return null;
            }
            @SuppressWarnings("unchecked")
            List<Object> batch = (List<Object>) next;
            current = batch.iterator();
        }
        return current.next();
    }

    /** The result of the run whose end {@link #next()} returned. */
    R result() {
        return result;
    }

    /** Replay side: stop; a reader waiting for room (or arriving later) gets {@link Stopped}. */
    void close() {
        closed = true;
    }

    private void flush() {
        put(new ArrayList<>(filling));
        filling.clear();
    }

    /** Waits for room, giving up once closed (a reader that swallowed the interrupt still ends). */
    private void put(Object item) {
        try {
            while (!closed) {
                if (batches.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed: unwind below
        }
        throw new Stopped();
    }
}
