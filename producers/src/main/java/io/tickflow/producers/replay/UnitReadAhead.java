package io.tickflow.producers.replay;

import io.tickflow.producers.readers.detection.SourceReaders;
import java.nio.file.Path;
import java.util.List;
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

    private final EventHandoff handoff;
    private final Thread thread;

    /** Starts reading {@code files} in order; {@code queued} batches of {@code batchSize} events may wait. */
    UnitReadAhead(List<Path> files, FileRead read, int batchSize, int queued) {
        this.handoff = new EventHandoff(batchSize, queued);
        this.thread = new Thread(() -> readAll(files, read), "replay-read-ahead");
        thread.setDaemon(true);
        if (!files.isEmpty()) {
            thread.start();
        }
    }

    /** The next event of the current file, or null at its end (then {@link #result()} is its result). */
    Object next() throws InterruptedException {
        return handoff.next();
    }

    /** The format and counts of the file whose end {@link #next()} returned. */
    SourceReaders.FileResult result() {
        return handoff.result();
    }

    @Override
    public void close() {
        handoff.close();
        thread.interrupt();
    }

    private void readAll(List<Path> files, FileRead read) {
        try {
            for (Path file : files) {
                if (!readOne(file, read)) {
                    return;
                }
            }
        } catch (EventHandoff.Stopped stopped) {
            // closed: the replay stopped reading
        }
    }

    /** Hands over one file's events and its end; false when its reader failed (the files after it are not read). */
    private boolean readOne(Path file, FileRead read) {
        SourceReaders.FileResult r;
        try {
            r = read.read(file, handoff::add);
        } catch (EventHandoff.Stopped stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            handoff.fail(e);
            return false;
        }
        handoff.endFile(r);
        return true;
    }
}
