package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import java.nio.file.Path;

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

    private final Path file;
    private final EventHandoff<SourceReaders.FileResult> handoff;
    private final Thread thread;
    private boolean ended;
    private Object head;

    /** Starts reading {@code file} with {@code options} (format fixed or detected). */
    FileEventCursor(Path file, ReadOptions options, int batchSize) {
        this.file = file;
        this.handoff = new EventHandoff<>(batchSize, 1);
        this.thread = new Thread(() -> readAll(options), "replay-read-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    Path file() {
        return file;
    }

    /** Moves to the next event; false at the end of the file. */
    boolean advance() throws InterruptedException {
        head = ended ? null : handoff.next();
        ended = head == null;
        return !ended;
    }

    /** The event {@link #advance()} moved to. */
    Object head() {
        return head;
    }

    /** The file's format and counts; valid once {@link #advance()} returned false. */
    SourceReaders.FileResult result() {
        return handoff.result();
    }

    @Override
    public void close() {
        handoff.close();
        thread.interrupt();
    }

    private void readAll(ReadOptions options) {
        SourceReaders.FileResult read;
        try {
            read = SourceReaders.read(file, options, handoff::add, rejections());
        } catch (EventHandoff.Stopped stopped) {
            return;
        } catch (RuntimeException e) {
            handoff.fail(e);
            return;
        }
        handoff.end(read);
    }

    private DeadLetterSink rejections() {
        return new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                handoff.add(rejection);
            }

            @Override
            public void close() {
            }
        };
    }
}
