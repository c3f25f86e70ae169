package io.tickflow.producers.live;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the live feed connects and reacts.
 *
 * @param url             WebSocket URL: {@code wss://socket.polygon.io/stocks} (real time), {@code
 *                        wss://delayed.polygon.io/stocks} (15-minute delayed), the same on {@code massive.com}, or a
 *                        local test server
 * @param subscription    channels and tickers
 * @param bufferCapacity  events held between the socket and the producer; &gt; 0
 * @param silenceGap      a subscribed connection silent this long while the market is open counts as a gap
 * @param backoff         delays between reconnect attempts
 * @param connectTimeout  how long the opening handshake may take
 * @param keepAlive       how often a ping is sent; a connection that cannot take it, or leaves {@value
 *                        #MISSED_PONGS} pings unanswered, is dropped and replaced
 * @param gapsInSessionOnly count silences only while {@code SessionClock} says the extended session is open (true in
 *                        production: the feed is quiet overnight); false counts them at any hour (tests)
 */
public record LiveFeedSettings(URI url, FeedSubscription subscription, int bufferCapacity, Duration silenceGap,
                               BackoffPolicy backoff, Duration connectTimeout, Duration keepAlive,
                               boolean gapsInSessionOnly) {
    /** Unanswered pings after which a connection counts as dead. */
    public static final int MISSED_PONGS = 3;
    /** Polygon's real-time stocks feed. */
    public static final URI REAL_TIME = URI.create("wss://socket.polygon.io/stocks");
    /** Polygon's 15-minute delayed stocks feed. */
    public static final URI DELAYED = URI.create("wss://delayed.polygon.io/stocks");

    public LiveFeedSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(silenceGap, "silenceGap");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (keepAlive.isZero() || keepAlive.isNegative()) {
            throw new IllegalArgumentException("keepAlive must be > 0, was " + keepAlive);
        }
        if (!"ws".equals(url.getScheme()) && !"wss".equals(url.getScheme())) {
            throw new IllegalArgumentException("feed URL must be ws:// or wss://, was " + source(url));
        }
        if (bufferCapacity <= 0) {
            throw new IllegalArgumentException("bufferCapacity must be > 0, was " + bufferCapacity);
        }
    }

    /** The real-time feed, every ticker, 100,000 events of buffer, 30 s of silence is a gap, default backoff, a ping every 5 s. */
    public static LiveFeedSettings defaults() {
        return new LiveFeedSettings(REAL_TIME, FeedSubscription.all(), 100_000, Duration.ofSeconds(30),
                BackoffPolicy.defaults(), Duration.ofSeconds(10), Duration.ofSeconds(5), true);
    }

    /** The URL without user info, query or fragment: what records and logs name as their source. */
    public String source() {
        return source(url);
    }

    private static String source(URI url) {
        String host = url.getHost() == null ? "" : url.getHost();
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + host + port + (url.getPath() == null ? "" : url.getPath());
    }
}
