package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Replays files of any supported format into their topics ({@link ReplayRoute}), rejections into the dead-letter
 * topic, exactly once across kills.
 *
 * <p>How exactly once holds: the producer is transactional; records go out in chunks, and each chunk's transaction
 * also carries the {@link ReplayLedger} entry saying how many events (records and rejections, in read order) of the
 * file are done. A rerun with the same replay id and transactional id aborts whatever a killed run left open, skips
 * finished files, and in an unfinished file skips the events its last committed entry counts. Reading a file is
 * deterministic (Polygon trade day files are merged into SIP order the same way every time), so the skipped events
 * are exactly the committed ones. Consumers must read with {@code isolation.level=read_committed}.
 *
 * <p>On any failure the replay stops without aborting (as a kill would); the next run's {@code initTransactions}
 * aborts the open transaction.
 */
public final class FileReplayer {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long LONG_WAIT_NANOS = 1_000_000_000L;

    private final Producer<String, Object> producer;
    private final ReplayLedger ledger;
    private final FileReplaySettings settings;
    private final ReplayClock clock;
    private final Clock wallClock;
    private final String deadLetterTopic;
    private final ReplayHook hook;
    private long sent;
    private long deadLetters;
    private long unrouted;

    /**
     * @param producer        transactional ({@code initTransactions()} already called), values serialized per topic
     *                        (see {@link TopicValueSerializer}); not closed here
     * @param ledger          what earlier runs of this replay id committed
     * @param deadLetterTopic where rejections go
     * @param wallClock       dates rejections that carry no event time
     */
    public FileReplayer(Producer<String, Object> producer, ReplayLedger ledger, FileReplaySettings settings,
                        ReplayClock clock, Clock wallClock, String deadLetterTopic, ReplayHook hook) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * Replays {@code files} in the order given (see {@link ReplayFiles#find}).
     *
     * @throws InterruptedException when interrupted while pacing; committed chunks stay, the open one is aborted by
     *                              the next run
     */
    public FileReplayResult replay(List<Path> files, ReadOptions options, Consumer<FileReplayProgress> progress)
            throws InterruptedException {
        Map<Path, FileReplayResult.FileOutcome> perFile = new LinkedHashMap<>();
        Eta eta = new Eta(files, clock);
        int skipped = 0;
        ReplayPacer pacer = new ReplayPacer(clock, settings.speedFactor());
        AsLiveShift shift = settings.asLive() ? AsLiveShift.toNow(wallClock) : AsLiveShift.off();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (ledger.progressOf(file.toString()).done()) {
                perFile.put(file, new FileReplayResult.FileOutcome(null, null, true));
                skipped++;
            } else {
                perFile.put(file, new FileRun(file, pacer, shift, progress, eta, i).run(options));
            }
            eta.fileDone(file);
            progress.accept(eta.report(sent + deadLetters, i + 1, file, i + 1 == files.size()));
        }
        return new FileReplayResult(perFile, sent, deadLetters, unrouted, skipped);
    }

    /** Carries an InterruptedException out of a reader callback. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super(cause);
        }
    }

    /** One file's replay: the event counter, the open chunk, pacing. */
    private final class FileRun {
        private final Path file;
        private final String key;
        private final long skipUntil;
        private final ReplayPacer pacer;
        private final AsLiveShift shift;
        private final Consumer<FileReplayProgress> progress;
        private final Eta eta;
        private final int index;
        private long position;
        private long uncommitted;
        private long chunkStartNanos;
        private long lastDay = Long.MIN_VALUE;

        FileRun(Path file, ReplayPacer pacer, AsLiveShift shift, Consumer<FileReplayProgress> progress, Eta eta,
                int index) {
            this.file = file;
            this.key = file.toString();
            this.skipUntil = ledger.progressOf(key).events();
            this.pacer = pacer;
            this.shift = shift;
            this.progress = progress;
            this.eta = eta;
            this.index = index;
        }

        FileReplayResult.FileOutcome run(ReadOptions options) throws InterruptedException {
            producer.beginTransaction();
            chunkStartNanos = clock.nanoTime();
            Optional<InputFormat> format = options.format() != null ? Optional.of(options.format()) : FormatDetector.detect(file);
            ReadOptions fixed = new ReadOptions(format.orElse(null), options.ticker(), options.mapping());
            SourceReaders.FileResult result;
            try {
                result = format.filter(f -> f == InputFormat.POLYGON_TRADES_CSV).isPresent() ? mergedDay(fixed) : read(fixed);
            } catch (Interrupted e) {
                throw (InterruptedException) e.getCause();
            }
            producer.send(ledger.mark(key, position, true));
            producer.commitTransaction();
            return new FileReplayResult.FileOutcome(result.formatName(), result.stats(), false);
        }

        private SourceReaders.FileResult read(ReadOptions options) {
            return SourceReaders.read(file, options, this::onEvent, rejections());
        }

        /** A Polygon day file is sorted by ticker: merge it into one tape in SIP order first (see SipOrderMerge). */
        private SourceReaders.FileResult mergedDay(ReadOptions options) {
            SipOrderMerge day = new SipOrderMerge();
            SourceReaders.FileResult result = SourceReaders.read(file, options, r -> day.accept((Trade) r), rejections());
            for (Iterator<Trade> trades = day.inSipOrder(); trades.hasNext(); ) {
                onEvent(trades.next());
            }
            return result;
        }

        private DeadLetterSink rejections() {
            return new DeadLetterSink() {
                @Override
                public void accept(Rejection rejection) {
                    onEvent(rejection);
                }

                @Override
                public void close() {
                }
            };
        }

        private void onEvent(Object event) {
            if (++position <= skipUntil) {
                return;
            }
            if (event instanceof Rejection rejection) {
                DeadLetter letter = KafkaDeadLetterSink.toDeadLetter(rejection, wallClock);
                producer.send(new ProducerRecord<>(deadLetterTopic, null, letter.getRejectedTs() / NANOS_PER_MILLI,
                        rejection.source(), letter));
                deadLetters++;
            } else {
                Optional<ReplayRoute> route = ReplayRoute.of(event);
                if (route.isEmpty()) {
                    unrouted++;
                    return;
                }
                pace(route.get().eventNanos());
                ReplayRoute r = shift.apply(route.get());
                producer.send(new ProducerRecord<>(r.topic(), null, r.eventNanos() / NANOS_PER_MILLI, r.key(), r.value()));
                sent++;
            }
            uncommitted++;
            hook.afterSend(sent + deadLetters);
            afterSend();
        }

        private void pace(long eventNanos) {
            long day = Math.floorDiv(eventNanos, NANOS_PER_DAY);
            if (day != lastDay) {
                pacer.startDay(); // never pace the overnight gap
                shift.reanchor();
                lastDay = day;
            }
            if (uncommitted > 0 && pacer.nanosUntil(eventNanos) > LONG_WAIT_NANOS) {
                commitChunk(); // no transaction stays open across a long wait
            }
            try {
                pacer.awaitEventTime(eventNanos);
            } catch (InterruptedException e) {
                throw new Interrupted(e);
            }
        }

        private void afterSend() {
            if (uncommitted >= settings.chunkRecords()
                    || clock.nanoTime() - chunkStartNanos >= settings.chunkTime().toNanos()) {
                commitChunk();
            }
            long total = sent + deadLetters;
            if (total % settings.progressEveryRecords() == 0) {
                progress.accept(eta.report(total, index, file, false));
            }
        }

        private void commitChunk() {
            producer.send(ledger.mark(key, position, false));
            producer.commitTransaction();
            producer.beginTransaction();
            uncommitted = 0;
            chunkStartNanos = clock.nanoTime();
        }
    }

    /** Rate and time left, from the bytes of the files finished so far. */
    private static final class Eta {
        private final ReplayClock clock;
        private final long startNanos;
        private final long totalBytes;
        private final int files;
        private long doneBytes;

        Eta(List<Path> files, ReplayClock clock) {
            this.clock = clock;
            this.startNanos = clock.nanoTime();
            this.totalBytes = files.stream().mapToLong(Eta::size).sum();
            this.files = files.size();
        }

        void fileDone(Path file) {
            doneBytes += size(file);
        }

        FileReplayProgress report(long records, int filesDone, Path file, boolean finished) {
            double seconds = (clock.nanoTime() - startNanos) / 1e9;
            double rate = seconds <= 0 ? 0 : records / seconds;
            long eta = doneBytes <= 0 ? -1 : (long) (seconds * (totalBytes - doneBytes) / doneBytes);
            return new FileReplayProgress(records, rate, filesDone, files, eta, file, finished);
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
