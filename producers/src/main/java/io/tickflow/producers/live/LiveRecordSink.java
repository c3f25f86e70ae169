package io.tickflow.producers.live;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded buffer between the socket and Kafka, and the thread that drains it into the producer.
 *
 * <p>The socket's thread only ever calls {@link #offer}, which never waits: when the buffer is full the event is
 * counted ({@code bufferFull}) and dead-lettered at once, since a socket thread that blocks stops reading and the
 * server then drops the connection (and everything behind it). The drain thread sends trades and minute aggregates,
 * counts them when Kafka acknowledges them, and dead-letters what Kafka refuses ({@code produceFailed}) and
 * malformed events ({@code malformed}).
 */
public final class LiveRecordSink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRecordSink.class);
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private record Queued(long frame, FeedEvent event) {
    }

    private final Producer<String, Object> producer;
    private final LiveTopics topics;
    private final FeedDeadLetters deadLetters;
    private final LiveFeedCounters counters;
    private final BlockingQueue<Queued> buffer;
    private final AtomicLong failuresLogged = new AtomicLong();
    private final Thread drain;
    private volatile boolean running = true;

    /**
     * @param producer values serialized per topic (trades and bars); owned by the caller, flushed on close
     * @param capacity events the buffer holds; &gt; 0
     */
    public LiveRecordSink(Producer<String, Object> producer, LiveTopics topics, int capacity, FeedDeadLetters deadLetters,
                          LiveFeedCounters counters) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.drain = new Thread(this::drainLoop, "tickflow-live-producer");
        drain.setDaemon(true);
    }

    /** Starts the drain thread. */
    public void start() {
        drain.start();
    }

    /** Hands an event over without waiting; a full buffer dead-letters it instead. */
    public void offer(long frame, FeedEvent event) {
        if (!buffer.offer(new Queued(frame, event))) {
            deadLetters.reject(frame, raw(event), "live buffer full (" + (buffer.size() + buffer.remainingCapacity())
                    + " events): the producer fell behind the feed", inputTs(event));
            counters.bufferFull.incrementAndGet(); // after the dead letter: a count never runs ahead of its letters
        }
    }

    /** Events waiting in the buffer. */
    public int buffered() {
        return buffer.size();
    }

    private void drainLoop() {
        try {
            while (running || !buffer.isEmpty()) {
                Queued next = buffer.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    handle(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Queued queued) {
        FeedEvent event = queued.event();
        if (event instanceof FeedEvent.TradeEvent t) {
            send(queued.frame(), topics.trades(), t.trade().getTicker(), t.trade().getSipTs(), t.trade(), t.raw(),
                    counters.tradesProduced);
        } else if (event instanceof FeedEvent.BarEvent b) {
            send(queued.frame(), topics.bars(), b.bar().getTicker(), b.bar().getWindowStart(), b.bar(), b.raw(),
                    counters.barsProduced);
        } else if (event instanceof FeedEvent.Malformed m) {
            deadLetters.reject(queued.frame(), m.raw(), m.reason(), m.inputTsNanos());
            counters.malformed.incrementAndGet();
        }
    }

    private void send(long frame, String topic, String key, long eventNanos, Object value, String raw, AtomicLong produced) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, null, eventNanos / NANOS_PER_MILLI, key, value);
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    produced.incrementAndGet();
                    counters.lastProducedNanos.set(System.nanoTime());
                } else {
                    failed(frame, topic, raw, eventNanos, error);
                }
            });
        } catch (RuntimeException e) {
            failed(frame, topic, raw, eventNanos, e); // serialization or a closed producer: no callback comes
        }
    }

    private void failed(long frame, String topic, String raw, long eventNanos, Exception error) {
        if (failuresLogged.getAndIncrement() == 0) {
            LOG.error("a record for {} was not produced (further failures are counted only)", topic, error);
        }
        deadLetters.reject(frame, raw, "produce to " + topic + " failed: " + error, eventNanos);
        counters.produceFailed.incrementAndGet();
    }

    /** Sends what is buffered, flushes the producer and the dead letters. */
    @Override
    public void close() {
        running = false;
        try {
            drain.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.flush();
        deadLetters.flush();
    }

    private static String raw(FeedEvent event) {
        if (event instanceof FeedEvent.TradeEvent t) {
            return t.raw();
        }
        if (event instanceof FeedEvent.BarEvent b) {
            return b.raw();
        }
        return event instanceof FeedEvent.Malformed m ? m.raw() : event.toString();
    }

    private static Long inputTs(FeedEvent event) {
        if (event instanceof FeedEvent.TradeEvent t) {
            return t.trade().getSipTs();
        }
        if (event instanceof FeedEvent.BarEvent b) {
            return b.bar().getWindowStart();
        }
        return event instanceof FeedEvent.Malformed m ? m.inputTsNanos() : null;
    }
}
