package io.tickflow.producers.replay;

import io.tickflow.producers.readers.detection.SourceReaders;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the units of a replay (a file, or a date's files merged by event time) on one thread of its own, each in the
 * order it is sent (see {@link FileReplayer}), while the replay's thread serializes and sends: reading, merging and
 * sending then overlap instead of taking turns. A trades day file is parsed whole (its SIP-order merge needs the
 * whole day) while the unit before it is still being sent, so at most two files' events are in memory; other formats
 * and merged units stream, at most {@code (queued + 1) × batch} events ahead. The events of each unit are the same,
 * in the same order, as reading it on the replay's thread gave, so ledger positions stay valid.
 *
 * <p>The thread is a daemon; it ends after the last unit, on a reader failure (handed over and rethrown by
 * {@link #next()}), or on {@link #close()}.
 */
final class UnitReadAhead implements AutoCloseable {

    /** Reads one unit, handing its events in send order to the consumer; per file, its format and counts. */
    interface UnitRead {
        Map<Path, SourceReaders.FileResult> read(ReplayUnit unit, Consumer<Object> events) throws InterruptedException;
    }

    private final EventHandoff<Map<Path, SourceReaders.FileResult>> handoff;
    private final Thread thread;

    /** Starts reading {@code units} in order; {@code queued} batches of {@code batchSize} events may wait. */
    UnitReadAhead(List<ReplayUnit> units, UnitRead read, int batchSize, int queued) {
        this.handoff = new EventHandoff<>(batchSize, queued);
        this.thread = new Thread(() -> readAll(units, read), "replay-read-ahead");
        thread.setDaemon(true);
        if (!units.isEmpty()) {
            thread.start();
        }
    }

    /** The next event of the current unit, or null at its end (then {@link #result()} is its result). */
    Object next() throws InterruptedException {
        return handoff.next();
    }

    /** Per file of the unit whose end {@link #next()} returned: its format and counts. */
    Map<Path, SourceReaders.FileResult> result() {
        return handoff.result();
    }

    @Override
    public void close() {
        handoff.close();
        thread.interrupt();
    }

    private void readAll(List<ReplayUnit> units, UnitRead read) {
        try {
            for (ReplayUnit unit : units) {
                if (!readOne(unit, read)) {
                    return;
                }
            }
        } catch (EventHandoff.Stopped | InterruptedException stopped) {
            // closed: the replay stopped reading (a merge's cursors are interrupted by the close)
        }
    }

    /** Hands over one unit's events and its end; false when its reader failed (the units after it are not read). */
    private boolean readOne(ReplayUnit unit, UnitRead read) throws InterruptedException {
        Map<Path, SourceReaders.FileResult> r;
        try {
            r = read.read(unit, handoff::add);
        } catch (EventHandoff.Stopped stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            handoff.fail(e);
            return false;
        }
        handoff.end(r);
        return true;
    }
}
