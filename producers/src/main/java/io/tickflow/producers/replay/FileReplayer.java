package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Replays files of any supported format into their topics ({@link ReplayRoute}), rejections into the dead-letter
 * topic, exactly once across kills.
 *
 * <p>How exactly once holds: the producer is transactional; records go out in chunks, and each chunk's transaction
 * also carries the {@link ReplayLedger} entries saying how many events (records and rejections, in replay order) of
 * each unit it touched (a file, or a date's files merged, see {@link ReplayUnit}) are done. A chunk may span units:
 * small files share one transaction (see {@link TransactionalSender}). A rerun with the same replay id and
 * transactional id aborts whatever a killed run left open, skips finished units, and in an unfinished one skips the
 * events its last committed entry counts. The replay order is deterministic (Polygon day files are put into SIP or
 * window-start order the same way every time; merges order by event time, sequence, file position), so the skipped
 * events are exactly the committed ones. Consumers must read with {@code isolation.level=read_committed}.
 *
 * <p>Units (files, or a date's files merged) are read on a thread of their own ({@link UnitReadAhead}), a unit ahead
 * of the one being sent, so parsing and merging overlap serializing and sending; the events and their order are the
 * same.
 *
 * <p>On any failure the replay stops without aborting (as a kill would); the next run's {@code initTransactions}
 * aborts the open transaction.
 */
public final class FileReplayer {

    private static final Comparator<Bar> FEED_ORDER = Comparator.comparingLong(Bar::getWindowStart)
            .thenComparing(Bar::getTicker);

    private final ReplayLedger ledger;
    private final FileReplaySettings settings;
    private final ReplayClock clock;
    private final TransactionalSender sender;

    /**
     * @param producer        transactional ({@code initTransactions()} already called), values serialized per topic
     *                        (see {@link TopicValueSerializer}); not closed here
     * @param ledger          what earlier runs of this replay id committed
     * @param deadLetterTopic where rejections go
     * @param wallClock       dates rejections that carry no event time
     */
    public FileReplayer(Producer<String, Object> producer, ReplayLedger ledger, FileReplaySettings settings,
                        ReplayClock clock, Clock wallClock, String deadLetterTopic, ReplayHook hook) {
        this(producer, ledger, settings, clock, wallClock, deadLetterTopic, hook, WatchlistFilter.ALL);
    }

    /**
     * @param filter which trades and bars to send (watchlist mode); the others are counted in
     *               {@link FileReplayResult#filtered()}. Filter files first with {@link WatchlistFilter#keepsFile}.
     */
    public FileReplayer(Producer<String, Object> producer, ReplayLedger ledger, FileReplaySettings settings,
                        ReplayClock clock, Clock wallClock, String deadLetterTopic, ReplayHook hook,
                        WatchlistFilter filter) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sender = new TransactionalSender(Objects.requireNonNull(producer, "producer"), ledger, settings, clock,
                Objects.requireNonNull(wallClock, "wallClock"), Objects.requireNonNull(deadLetterTopic, "deadLetterTopic"),
                Objects.requireNonNull(hook, "hook"), Objects.requireNonNull(filter, "filter"));
    }

    /**
     * Replays {@code files} one after the other, in the order given (see {@link ReplayFiles#find}).
     *
     * @throws InterruptedException when interrupted while pacing; committed chunks stay, the open one is aborted by
     *                              the next run
     */
    public FileReplayResult replay(List<Path> files, ReadOptions options, Consumer<FileReplayProgress> progress)
            throws InterruptedException {
        return run(ReplayUnit.perFile(files), options, progress);
    }

    /**
     * Replays {@code files} with the files of each date merged into one stream by event time (ties by sequence number,
     * then file order), streaming: one cursor per file, a few hundred events of each in memory. Dates follow each
     * other in the order given, each merged on the read-ahead thread while the one before is sent. Use it for the
     * seed's one-file-per-ticker-day layout, so consumers see one tape.
     */
    public FileReplayResult replayMerged(List<Path> files, ReadOptions options, Consumer<FileReplayProgress> progress)
            throws InterruptedException {
        return run(ReplayUnit.byDate(files), options, progress);
    }

    /**
     * Events per hand-over from the read-ahead thread, and hand-overs that may wait (see {@link UnitReadAhead}): 64k
     * events, a few MB. Why that many: a trades day file is handed over only once parsed and merged whole, and the next
     * file's parse starts only once all but the queued events of this one are handed over; with 8k queued the sending
     * thread sat idle through most of every next file's parse (the two took turns), with 64k a day of the bench's
     * files is queued whole and its sending overlaps the next parse. The day's trades are in memory anyway (its merge
     * holds them), so the queue adds references, not trades; streaming formats hold at most 64k events more.
     */
    private static final int READ_AHEAD_BATCH = 1_024;
    private static final int READ_AHEAD_BATCHES = 64;

    private FileReplayResult run(List<ReplayUnit> units, ReadOptions options, Consumer<FileReplayProgress> progress)
            throws InterruptedException {
        Map<Path, FileReplayResult.FileOutcome> perFile = new LinkedHashMap<>();
        ReplayEta eta = new ReplayEta(units.stream().flatMap(u -> u.files().stream()).toList(), clock);
        ReplayPacer pacer = new ReplayPacer(clock, settings.speedFactor());
        int skipped = 0;
        try (UnitReadAhead reads = new UnitReadAhead(unitsToReadAhead(units), (unit, events) -> read(unit, options, events),
                READ_AHEAD_BATCH, READ_AHEAD_BATCHES)) {
            for (ReplayUnit unit : units) {
                skipped += replayUnit(unit, progress, eta, pacer, perFile, reads);
            }
        }
        sender.commitOpen();
        return new FileReplayResult(perFile, sender.sent, sender.deadLetters, sender.unrouted, skipped, sender.filtered);
    }

    /** Replays one unit unless an earlier run finished it; returns the files skipped. */
    private int replayUnit(ReplayUnit unit, Consumer<FileReplayProgress> progress, ReplayEta eta,
                           ReplayPacer pacer, Map<Path, FileReplayResult.FileOutcome> perFile, UnitReadAhead reads)
            throws InterruptedException {
        int skipped = 0;
        Path shown = unit.files().get(0);
        if (ledger.progressOf(unit.key()).done()) {
            unit.files().forEach(f -> perFile.put(f, new FileReplayResult.FileOutcome(null, null, true)));
            skipped += unit.files().size();
        } else {
            int done = eta.filesDone();
            TransactionalSender.Unit sending = sender.begin(unit.key(), pacer,
                    total -> progress.accept(eta.report(total, done, shown, false)));
            readUnit(sending, reads).forEach((file, r) ->
                    perFile.put(file, new FileReplayResult.FileOutcome(r.formatName(), r.stats(), false)));
            sending.finish();
        }
        unit.files().forEach(eta::fileDone);
        progress.accept(eta.report(sender.total(), eta.filesDone(), shown, eta.filesDone() == eta.files()));
        return skipped;
    }

    /**
     * The units this run will read, in order: those not finished by an earlier run, each once (a unit listed twice is
     * finished by its first pass, as {@link #replayUnit} finds).
     */
    private List<ReplayUnit> unitsToReadAhead(List<ReplayUnit> units) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return units.stream().filter(u -> !ledger.progressOf(u.key()).done() && seen.add(u.key())).toList();
    }

    /** Sends the unit's events as the read-ahead thread hands them over; per file, its format and counts. */
    private static Map<Path, SourceReaders.FileResult> readUnit(TransactionalSender.Unit sending, UnitReadAhead reads)
            throws InterruptedException {
        try {
            for (Object event = reads.next(); event != null; event = reads.next()) {
                sending.onEvent(event);
            }
            return reads.result();
        } catch (TransactionalSender.Interrupted e) {
            throw (InterruptedException) e.getCause();
        }
    }

    /** Reads one unit on the read-ahead thread: a file alone, or a date's files merged. */
    private static Map<Path, SourceReaders.FileResult> read(ReplayUnit unit, ReadOptions options, Consumer<Object> events)
            throws InterruptedException {
        if (!unit.merged()) {
            return Map.of(unit.files().get(0), single(unit.files().get(0), options, events));
        }
        try (EventTimeMerge merge = new EventTimeMerge(unit.files(), options)) {
            for (Object event = merge.next(); event != null; event = merge.next()) {
                events.accept(event);
            }
            return merge.results();
        }
    }

    /**
     * One file. A Polygon day file is sorted by ticker: its trades are merged into SIP order (see SipOrderMerge) and
     * its minute bars sorted by window start (ties by ticker) before sending, as a live feed would publish them.
     */
    private static SourceReaders.FileResult single(Path file, ReadOptions options, Consumer<Object> sending) {
        Optional<InputFormat> format = options.format() != null ? Optional.of(options.format()) : FormatDetector.detect(file);
        ReadOptions fixed = new ReadOptions(format.orElse(null), options.ticker(), options.mapping());
        DeadLetterSink rejections = rejectionsTo(sending);
        if (format.orElse(null) == InputFormat.POLYGON_TRADES_CSV) {
            SipOrderMerge day = new SipOrderMerge();
            SourceReaders.FileResult result = SourceReaders.read(file, fixed, r -> day.accept((Trade) r), rejections);
            for (Iterator<Trade> trades = day.inSipOrder(); trades.hasNext(); ) {
                sending.accept(trades.next());
            }
            return result;
        }
        if (format.orElse(null) == InputFormat.POLYGON_MINUTE_AGGS_CSV) {
            List<Bar> day = new ArrayList<>();
            SourceReaders.FileResult result = SourceReaders.read(file, fixed, r -> day.add((Bar) r), rejections);
            day.sort(FEED_ORDER); // stable: bars of one ticker and minute keep file order
            day.forEach(sending);
            return result;
        }
        return SourceReaders.read(file, fixed, sending, rejections);
    }

    private static DeadLetterSink rejectionsTo(Consumer<Object> events) {
        return new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                events.accept(rejection);
            }

            @Override
            public void close() {
            }
        };
    }
}
