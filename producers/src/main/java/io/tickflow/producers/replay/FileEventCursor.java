package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One file's events (accepted records and {@link Rejection}s, in read order), pulled one at a time while the file is
 * read on its own thread. At most {@code 2 × batch} events wait in memory, whatever the file's size: the reader
 * blocks until the merge has taken what came before.
 *
 * <p>Why a thread: the readers push (they own their parse loop, line counter and trailer check); running one per
 * file lets a k-way merge pull from all of them without loading any file whole and without a second, pull-based copy
 * of every reader. The threads are daemons and end when the file ends or {@link #close()} is called.
 */
final class FileEventCursor implements AutoCloseable {

    /** Ends the stream of batches; carries the file's result or the reader's failure. */
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

    private final Path file;
    private volatile boolean closed;
    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private final int batchSize;
    private Iterator<Object> current = List.<Object>of().iterator();
    private SourceReaders.FileResult result;
    private Object head;

    /** Starts reading {@code file} with {@code options} (format fixed or detected). */
    FileEventCursor(Path file, ReadOptions options, int batchSize) {
        this.file = file;
        this.batchSize = batchSize;
        this.thread = new Thread(() -> readAll(options), "replay-read-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    Path file() {
        return file;
    }

    /** Moves to the next event; false at the end of the file. */
    boolean advance() throws InterruptedException {
        while (!current.hasNext()) {
            if (result != null) {
                head = null;
                return false;
            }
            Object next = batches.take();
            if (next instanceof End end) {
                if (end.failure() != null) {
                    throw end.failure();
                }
                result = end.result();
            } else {
                @SuppressWarnings("unchecked")
                List<Object> batch = (List<Object>) next;
                current = batch.iterator();
            }
        }
        head = current.next();
        return true;
    }

    /** The event {@link #advance()} moved to. */
    Object head() {
        return head;
    }

    /** The file's format and counts; valid once {@link #advance()} returned false. */
    SourceReaders.FileResult result() {
        return result;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void readAll(ReadOptions options) {
        List<Object> batch = new ArrayList<>(batchSize);
        End end;
        try {
            SourceReaders.FileResult read = SourceReaders.read(file, options, event -> batch.add(handOff(batch, event)),
                    rejections(batch));
            put(new ArrayList<>(batch));
            end = new End(read, null);
        } catch (Stopped stopped) {
            return;
        } catch (RuntimeException e) {
            end = new End(null, e);
        }
        put(end);
    }

    /** Sends the batch when full; returns the event to add to the (new) batch. */
    private Object handOff(List<Object> batch, Object event) {
        if (batch.size() >= batchSize) {
            put(new ArrayList<>(batch));
            batch.clear();
        }
        return event;
    }

    private DeadLetterSink rejections(List<Object> batch) {
        return new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                batch.add(handOff(batch, rejection));
            }

            @Override
            public void close() {
            }
        };
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
