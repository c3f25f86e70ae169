package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Many files merged into one stream ordered by event time: a k-way merge with one streaming cursor per file
 * ({@link FileEventCursor}), so memory holds a few batches per file, never a file.
 *
 * <p>Order: event time ({@link ReplayRoute#eventNanos()}: SIP time of a trade, window start of a bar, publication time
 * of short data), then the trade's SIP sequence number (a trade without one after those with one), then the file's
 * position in the given list. Each file keeps its own order: only heads compete, so a file whose rows are out of time
 * order is emitted as written (its out-of-order rows come late, as they would live). A rejection takes its row's time
 * when it has one, else the time of the event before it in the same file, so it travels beside its neighbours. The
 * order depends only on the files' contents and order, never on thread timing: a rerun replays the same sequence,
 * which the ledger's event counts rely on.
 */
final class EventTimeMerge implements AutoCloseable {

    /** Events buffered per file between its reader thread and the merge. */
    static final int BATCH = 256;

    private static final Comparator<Head> ORDER = Comparator.comparingLong(Head::nanos)
            .thenComparingLong(Head::sequence).thenComparingInt(Head::index);

    /** A cursor's current event and its sort key. */
    private record Head(FileEventCursor cursor, int index, long nanos, long sequence) {
    }

    private final List<FileEventCursor> cursors = new ArrayList<>();
    private final long[] lastNanos;
    private final PriorityQueue<Head> heads;

    /** Opens one cursor per file, all reading at once. */
    EventTimeMerge(List<Path> files, ReadOptions options) throws InterruptedException {
        lastNanos = new long[files.size()];
        heads = new PriorityQueue<>(Math.max(1, files.size()), ORDER);
        for (Path file : files) {
            cursors.add(new FileEventCursor(file, options, BATCH));
        }
        for (int i = 0; i < cursors.size(); i++) {
            lastNanos[i] = Long.MIN_VALUE;
            push(i);
        }
    }

    /** The next event in merged order, or null when every file is exhausted. */
    Object next() throws InterruptedException {
        Head head = heads.poll();
        if (head == null) {
            return null;
        }
        Object event = head.cursor().head();
        push(head.index());
        return event;
    }

    /** Per file, in the given order: format and counts. Valid once {@link #next()} returned null. */
    Map<Path, SourceReaders.FileResult> results() {
        Map<Path, SourceReaders.FileResult> results = new LinkedHashMap<>();
        cursors.forEach(c -> results.put(c.file(), c.result()));
        return results;
    }

    @Override
    public void close() {
        cursors.forEach(FileEventCursor::close);
    }

    private void push(int index) throws InterruptedException {
        FileEventCursor cursor = cursors.get(index);
        if (!cursor.advance()) {
            return;
        }
        Object event = cursor.head();
        long nanos = eventNanos(event, lastNanos[index]);
        lastNanos[index] = nanos;
        long sequence = event instanceof Trade t && t.getSequence() != null ? t.getSequence() : Long.MAX_VALUE;
        heads.add(new Head(cursor, index, nanos, sequence));
    }

    static long eventNanos(Object event, long previous) {
        if (event instanceof Rejection r) {
            return r.inputTsNanos() != null ? r.inputTsNanos() : previous;
        }
        return ReplayRoute.of(event).map(ReplayRoute::eventNanos).orElse(previous);
    }
}
