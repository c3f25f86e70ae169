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
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            onFrame(frame);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        long frame = shared.counters().framesReceived.incrementAndGet();
        shared.sink().offer(frame, new FeedEvent.Malformed("<" + data.remaining() + " bytes>",
                "binary frame: the feed sends text frames only", null));
        webSocket.request(1);
        return null;
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
