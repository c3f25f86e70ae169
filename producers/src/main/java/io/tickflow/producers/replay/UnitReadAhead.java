package io.tickflow.producers.replay;

import io.tickflow.producers.readers.detection.SourceReaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads the files of a one-after-the-other replay on one thread of its own, each in the order it is sent (see
 * {@link FileReplayer}), while the replay's thread serializes and sends: parsing and sending then overlap instead of
 * taking turns. A trades day file is parsed whole (its SIP-order merge needs the whole day) while the file before it is
 * still being sent, so at most two files' events are in memory; other formats stream, at most
 * {@code (queued + 1) × batch} events ahead. The events of each file are the same, in the same order, as reading it on
 * the replay's thread gave, so ledger positions stay valid.
 *
 * <p>The thread is a daemon; it ends after the last file, on a reader failure (handed over and rethrown by
 * {@link #next()}), or on {@link #close()}.
 */
final class UnitReadAhead implements AutoCloseable {

    /** Reads one file, handing its events in send order to the consumer (see FileReplayer). */
    interface FileRead {
        SourceReaders.FileResult read(Path file, Consumer<Object> events);
    }

    /** Ends one file's events; carries its result or the reader's failure. */
    private record End(SourceReaders.FileResult result, RuntimeException failure) {
    }

    /** Thrown inside the reader's callbacks to unwind it after {@link #close()}. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<Object> batches;
    private final int batchSize;
    private final Thread thread;
    private volatile boolean closed;
    private Iterator<Object> current = List.<Object>of().iterator();
    private SourceReaders.FileResult result;

    /** Starts reading {@code files} in order; {@code queued} batches of {@code batchSize} events may wait. */
    UnitReadAhead(List<Path> files, FileRead read, int batchSize, int queued) {
        this.batchSize = batchSize;
        this.batches = new ArrayBlockingQueue<>(queued);
        this.thread = new Thread(() -> readAll(files, read), "replay-read-ahead");
        thread.setDaemon(true);
        if (!files.isEmpty()) {
            thread.start();
        }
    }

    /** The next event of the current file, or null at its end (then {@link #result()} is its result). */
    Object next() throws InterruptedException {
        while (!current.hasNext()) {
            Object next = batches.take();
            if (next instanceof End end) {
                if (end.failure() != null) {
                    throw end.failure();
                }
                result = end.result();
                return null;
            }
            @SuppressWarnings("unchecked")
            List<Object> batch = (List<Object>) next;
            current = batch.iterator();
        }
        return current.next();
    }

    /** The format and counts of the file whose end {@link #next()} returned. */
    SourceReaders.FileResult result() {
        return result;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void readAll(List<Path> files, FileRead read) {
        try {
            for (Path file : files) {
                End end = readOne(file, read);
                put(end);
                if (end.failure() != null) {
                    return;
                }
            }
        } catch (Stopped stopped) {
            // closed: the replay stopped reading
        }
    }

    private End readOne(Path file, FileRead read) {
        List<Object> batch = new ArrayList<>(batchSize);
        try {
            SourceReaders.FileResult r = read.read(file, event -> {
                if (batch.size() >= batchSize) {
                    put(new ArrayList<>(batch));
                    batch.clear();
                }
                batch.add(event);
            });
            put(new ArrayList<>(batch));
            return new End(r, null);
        } catch (Stopped stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            return new End(null, e);
        }
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
