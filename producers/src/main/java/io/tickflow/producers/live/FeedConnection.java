package io.tickflow.producers.live;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to the feed ({@link java.net.http.WebSocket}): authenticates, subscribes, and hands every
 * complete text frame's events to the sink. Callbacks of one socket run one at a time, so the session and the
 * late-frame check need no locking. {@link #ended()} completes when the socket closes or fails.
 */
final class FeedConnection implements WebSocket.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(FeedConnection.class);

    /** What the feed shares with each of its connections. */
    record Shared(LiveFeedSettings settings, ApiKey key, FrameParser parser, LiveRecordSink sink,
                  LiveFeedCounters counters, SilenceWatch silence, LateFrameCheck late) {
    }

    private final Shared shared;
    private final FeedSession session;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private CompletableFuture<WebSocket> sends = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    private volatile long lastPongNanos = System.nanoTime();

    private FeedConnection(Shared shared) {
        this.shared = shared;
        this.session = new FeedSession(shared.settings().subscription());
    }

    /**
     * Opens a connection and waits for the handshake.
     *
     * @throws java.util.concurrent.ExecutionException when the server cannot be reached or refuses the upgrade
     */
    static FeedConnection open(HttpClient http, Shared shared) throws Exception {
        FeedConnection connection = new FeedConnection(shared);
        http.newWebSocketBuilder()
                .connectTimeout(shared.settings().connectTimeout())
                .buildAsync(shared.settings().url(), connection)
                .get(shared.settings().connectTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        return connection;
    }

    /** Completes with the reason when the connection is over. */
    CompletableFuture<String> ended() {
        return ended;
    }

    FeedSession session() {
        return session;
    }

    /** Closes from our side (shutdown, or a refused key). */
    void close(String why) {
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, why).orTimeout(2, TimeUnit.SECONDS)
                    .whenComplete((w, e) -> ws.abort());
        }
        ended.complete(why);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        shared.counters().connections.incrementAndGet();
        shared.silence().heard(System.nanoTime());
        send(session.onOpen(shared.key()));
        // unbounded demand: callbacks never block (the sink's offer does not wait), so there is nothing to pace, and
        // with one-at-a-time demand a close racing the previous frame was seen to go unreported (JDK 17)
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            onFrame(frame);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        long frame = shared.counters().framesReceived.incrementAndGet();
        shared.sink().offer(frame, new FeedEvent.Malformed("<" + data.remaining() + " bytes>",
                "binary frame: the feed sends text frames only", null));
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        lastPongNanos = System.nanoTime();
        return null;
    }

    /**
     * Pings the server, and ends the connection when the last pong is older than {@code deadAfterNanos}. The JDK
     * client was seen (JDK 17) to miss a peer's close that races the previous frame; a write on a dead socket fails,
     * and a silent peer answers no ping, so either way the connection is replaced.
     */
    void keepAlive(long deadAfterNanos) {
        WebSocket ws = socket;
        if (ws == null || ended.isDone()) {
            return;
        }
        if (System.nanoTime() - lastPongNanos > deadAfterNanos) {
            ws.abort();
            ended.complete("no pong for " + TimeUnit.NANOSECONDS.toMillis(deadAfterNanos) + " ms: connection is dead");
            return;
        }
        sends = sends.thenCompose(previous -> ws.sendPing(ByteBuffer.allocate(0)));
        sends.whenComplete((w, error) -> {
            if (error != null) {
                ended.complete("connection failed: " + error.getClass().getSimpleName());
            }
        });
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ended.complete("server closed the connection (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ended.complete("connection failed: " + error);
    }

    private void onFrame(String text) {
        long frame = shared.counters().framesReceived.incrementAndGet();
        shared.silence().heard(System.nanoTime());
        List<FeedEvent> events = shared.parser().parse(text);
        for (FeedEvent event : events) {
            if (event instanceof FeedEvent.Status status) {
                onStatus(status);
            } else {
                countIfLate(event);
                shared.sink().offer(frame, event);
            }
        }
    }

    private void onStatus(FeedEvent.Status status) {
        LOG.info("feed {}: {} {}", shared.settings().source(), status.status(), status.message());
        session.onStatus(status).ifPresent(this::send);
        if (session.state() == FeedSession.State.AUTH_FAILED) {
            close("authentication failed");
        }
    }

    private void countIfLate(FeedEvent event) {
        boolean late = event instanceof FeedEvent.TradeEvent t ? shared.late().isLate(t.trade())
                : event instanceof FeedEvent.BarEvent b && shared.late().isLate(b.bar());
        if (late) {
            shared.counters().lateFrames.incrementAndGet();
        }
    }

    /** Sends in order: the JDK WebSocket allows one outstanding send at a time. */
    private void send(String text) {
        WebSocket ws = socket;
        sends = sends.thenCompose(previous -> ws.sendText(text, true));
        sends.whenComplete((w, error) -> {
            if (error != null) {
                ended.complete("could not send to the feed: " + error.getClass().getSimpleName());
            }
        });
    }
}
