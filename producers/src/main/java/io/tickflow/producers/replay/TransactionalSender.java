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
 * carrying the {@link ReplayLedger} entry that counts the events of its unit done so far. Keeps the run's totals.
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

    /** Begins a transaction for {@code key}; events up to its committed count are skipped. */
    Unit begin(String key, ReplayPacer pacer, LongConsumer progressTick) {
        return new Unit(key, pacer, progressTick);
    }

    /** One unit's event counter, open chunk and pacing. */
    final class Unit {
        private final String key;
        private final long skipUntil;
        private final ReplayPacer pacer;
        private final LongConsumer progressTick;
        private long position;
        private long uncommitted;
        private long chunkStartNanos;
        private long lastDay = Long.MIN_VALUE;
        private final AsLiveShift shift = settings.asLive() ? AsLiveShift.toNow(wallClock) : AsLiveShift.off();

        private Unit(String key, ReplayPacer pacer, LongConsumer progressTick) {
            this.key = key;
            this.skipUntil = ledger.progressOf(key).events();
            this.pacer = pacer;
            this.progressTick = progressTick;
            producer.beginTransaction();
            chunkStartNanos = clock.nanoTime();
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

        /** Marks the unit done in the last transaction and commits it. */
        void finish() {
            producer.send(ledger.mark(key, position, true));
            producer.commitTransaction();
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
            if (total() % settings.progressEveryRecords() == 0) {
                progressTick.accept(total());
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
}
