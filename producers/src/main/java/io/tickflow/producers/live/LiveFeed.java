package io.tickflow.producers.live;

import io.tickflow.core.calendar.SessionClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polygon's stocks WebSocket feed into Kafka, kept alive: one supervisor thread connects, waits for the connection to
 * end while watching for silence, and reconnects with {@link BackoffPolicy} (resubscribing), until {@link #close()}
 * or until the server refuses the key, which stops the feed in {@link State#FAILED} since a refused key is refused
 * again. Polygon does not replay what was missed while disconnected: every lost subscribed connection is a gap.
 *
 * <p>Threads: the supervisor, the JDK WebSocket's callbacks (parse, check, hand to the sink; never block), and the
 * sink's producer thread.
 */
public final class LiveFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final long CHECK_EVERY_MS = 100;

    /** Where the feed stands. */
    public enum State { CONNECTING, CONNECTED, BACKING_OFF, FAILED, STOPPED }

    private final LiveFeedSettings settings;
    private final FeedConnection.Shared shared;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Thread supervisor;
    private volatile State state = State.CONNECTING;
    private volatile String failure;
    private volatile boolean stopping;
    private volatile FeedConnection current;

    /** @param sink started and closed by this feed */
    public LiveFeed(LiveFeedSettings settings, ApiKey key, LiveRecordSink sink, LiveFeedCounters counters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.shared = new FeedConnection.Shared(settings, Objects.requireNonNull(key, "key"),
                new FrameParser(settings.source()), Objects.requireNonNull(sink, "sink"),
                Objects.requireNonNull(counters, "counters"), new SilenceWatch(settings.silenceGap().toNanos()),
                new LateFrameCheck());
        this.supervisor = new Thread(this::superviseUntilStopped, "tickflow-live-feed");
        supervisor.setDaemon(true);
    }

    /** Starts the producer sink and the connection loop; returns at once. */
    public void start() {
        shared.sink().start();
        supervisor.start();
    }

    public State state() {
        return state;
    }

    /** Why the feed stopped by itself (a refused key); empty while it runs or after a clean close. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public LiveFeedCounters counters() {
        return shared.counters();
    }

    /** Waits until the feed is subscribed or stopped, at most {@code timeout}; true when subscribed. */
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            FeedConnection c = current;
            if (c != null && c.session().state() == FeedSession.State.SUBSCRIBED) {
                return true;
            }
            if (state == State.FAILED || state == State.STOPPED) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return false;
    }

    private void superviseUntilStopped() {
        int attempt = 0;
        while (!stopping) {
            boolean subscribed = connectAndWatch();
            if (state == State.FAILED || stopping) {
                break;
            }
            attempt = subscribed ? 0 : attempt + 1; // a connection that worked starts the backoff afresh
            if (subscribed) {
                shared.counters().gaps.incrementAndGet();
                LOG.warn("feed {}: connection lost while subscribed; what the server sent meanwhile is a gap",
                        settings.source());
            }
            backOff(Math.max(0, attempt - 1));
            shared.counters().reconnects.incrementAndGet();
        }
        if (state != State.FAILED) {
            state = State.STOPPED;
        }
    }

    /** One connection, from opening to its end; true when it got as far as subscribing. */
    private boolean connectAndWatch() {
        state = State.CONNECTING;
        FeedConnection connection;
        try {
            connection = FeedConnection.open(http, shared);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            return false;
        } catch (Exception e) {
            LOG.warn("feed {}: cannot connect: {}", settings.source(), rootMessage(e));
            return false;
        }
        current = connection;
        state = State.CONNECTED;
        String why = watch(connection);
        boolean subscribed = connection.session().state() == FeedSession.State.SUBSCRIBED;
        if (connection.session().state() == FeedSession.State.AUTH_FAILED) {
            failure = connection.session().failure().orElse("authentication failed")
                    + "; check the key in $" + shared.key().variable() + " and the feed's URL";
            state = State.FAILED;
            LOG.error("feed {}: {}; not reconnecting", settings.source(), failure);
        } else if (!stopping) {
            LOG.warn("feed {}: {}", settings.source(), why);
        }
        return subscribed;
    }

    private String watch(FeedConnection connection) {
        long keepAlive = settings.keepAlive().toNanos();
        long nextPing = System.nanoTime() + keepAlive;
        while (!stopping) {
            try {
                return connection.ended().get(Math.min(CHECK_EVERY_MS, settings.keepAlive().toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                checkSilence(connection);
                if (System.nanoTime() >= nextPing) {
                    connection.keepAlive(keepAlive * LiveFeedSettings.MISSED_PONGS);
                    nextPing = System.nanoTime() + keepAlive;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                return "connection failed: " + rootMessage(e);
            }
        }
        connection.close("tickflow is stopping");
        return "stopped";
    }

    private void checkSilence(FeedConnection connection) {
        long now = System.nanoTime();
        boolean expecting = connection.session().state() == FeedSession.State.SUBSCRIBED
                && (!settings.gapsInSessionOnly() || SessionClock.isExtended(System.currentTimeMillis() * 1_000_000L));
        if (shared.silence().newGap(now, expecting)) {
            shared.counters().gaps.incrementAndGet();
            LOG.warn("feed {}: no frame for {} ms while subscribed and the market is open: a gap",
                    settings.source(), TimeUnit.NANOSECONDS.toMillis(shared.silence().silentForNanos(now)));
        }
    }

    private void backOff(int attempt) {
        state = State.BACKING_OFF;
        Duration delay = settings.backoff().delay(attempt, ThreadLocalRandom.current().nextDouble());
        LOG.info("feed {}: reconnecting in {} ms", settings.source(), delay.toMillis());
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Closes the connection, stops reconnecting, then drains the buffer into Kafka and flushes. */
    @Override
    public void close() {
        stopping = true;
        supervisor.interrupt();
        try {
            supervisor.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FeedConnection c = current;
        if (c != null) {
            c.close("tickflow is stopping");
        }
        shared.sink().close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
