package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.schemas.deadletter.DeadLetter;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends a replay's events (records to their topics, rejections to dead-letter) in chunked transactions, each chunk
 * carrying the {@link ReplayLedger} entries that count the events done so far of every unit it touched. Keeps the
 * run's totals.
 *
 * <p>A transaction spans units: it is committed when it holds {@link FileReplaySettings#chunkRecords()} records or
 * has been open {@link FileReplaySettings#chunkTime()}, whether that falls inside a unit or at its end, and at the end
 * of the replay ({@link #commitOpen()}). A unit's "done" entry goes into the open transaction, so a kill before its
 * commit loses the unit's last records and its "done" together, and the next run replays them. One transaction per
 * file instead cost a commit (a flush, an end-transaction round trip, markers on every partition) per small file:
 * about a tenth of a replay of 20 day files, and most of one of 1,000 small files.
 */
final class TransactionalSender {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long LONG_WAIT_NANOS = 1_000_000_000L;

    /** Carries an InterruptedException out of a reader callback. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super(cause);
        }
    }

    private final Producer<String, Object> producer;
    private final ReplayLedger ledger;
    private final FileReplaySettings settings;
    private final ReplayClock clock;
    private final Clock wallClock;
    private final String deadLetterTopic;
    private final ReplayHook hook;
    private final WatchlistFilter filter;
    long sent;
    long filtered;
    long deadLetters;
    long unrouted;
    private boolean inTransaction;
    private long uncommitted;
    private long transactionStartNanos;

    TransactionalSender(Producer<String, Object> producer, ReplayLedger ledger, FileReplaySettings settings,
                        ReplayClock clock, Clock wallClock, String deadLetterTopic, ReplayHook hook, WatchlistFilter filter) {
        this.producer = producer;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.wallClock = wallClock;
        this.deadLetterTopic = deadLetterTopic;
        this.hook = hook;
        this.filter = filter;
    }

    /** Records and dead letters sent so far. */
    long total() {
        return sent + deadLetters;
    }

    /** Starts unit {@code key} in the open transaction (begun if none is); events up to its committed count are skipped. */
    Unit begin(String key, ReplayPacer pacer, LongConsumer progressTick) {
        return new Unit(key, pacer, progressTick);
    }

    /** Commits the open transaction, if any: the replay's end (every unit finished). */
    void commitOpen() {
        if (inTransaction) {
            commit();
        }
    }

    private void ensureTransaction() {
        if (!inTransaction) {
            producer.beginTransaction();
            inTransaction = true;
            uncommitted = 0;
            transactionStartNanos = clock.nanoTime();
        }
    }

    private void commit() {
        producer.commitTransaction();
        inTransaction = false;
    }

    private boolean chunkFull() {
        return uncommitted >= settings.chunkRecords()
                || clock.nanoTime() - transactionStartNanos >= settings.chunkTime().toNanos();
    }

    /** One unit's event counter and pacing. */
    final class Unit {
        private final String key;
        private final long skipUntil;
        private final ReplayPacer pacer;
        private final LongConsumer progressTick;
        private long position;
        private long lastDay = Long.MIN_VALUE;
        private final AsLiveShift shift = settings.asLive() ? AsLiveShift.toNow(wallClock) : AsLiveShift.off();

        private Unit(String key, ReplayPacer pacer, LongConsumer progressTick) {
            this.key = key;
            this.skipUntil = ledger.progressOf(key).events();
            this.pacer = pacer;
            this.progressTick = progressTick;
            ensureTransaction();
        }

        /** Sends one event (record or {@link Rejection}) unless an earlier run committed it. */
        void onEvent(Object event) {
            if (++position <= skipUntil) {
                return;
            }
            if (!filter.keepsRecord(event)) {
                filtered++; // counted in position too: the order stays the file's, filtered or not
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
            hook.afterSend(total());
            afterSend();
        }

        /** Marks the unit done in the open transaction, committed now if it is full, else with a later unit's records. */
        void finish() {
            producer.send(ledger.mark(key, position, true));
            if (chunkFull()) {
                commit();
            }
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
            if (chunkFull()) {
                commitChunk();
            }
            if (total() % settings.progressEveryRecords() == 0) {
                progressTick.accept(total());
            }
        }

        private void commitChunk() {
            producer.send(ledger.mark(key, position, false));
            commit();
            ensureTransaction();
        }
    }
}
