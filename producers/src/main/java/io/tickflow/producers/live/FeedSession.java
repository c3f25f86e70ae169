package io.tickflow.producers.live;

import java.util.Optional;

/**
 * The protocol state of one connection: send {@code auth} when the socket opens, subscribe on {@code auth_success},
 * stop for good on {@code auth_failed}. Pure: it says what to send and never sends itself. One instance per
 * connection; used from that connection's callback thread only.
 *
 * <p>The key is sent as soon as the socket opens rather than after Polygon's {@code connected} status: the server
 * accepts either order, and waiting adds a round trip to every reconnect.
 */
public final class FeedSession {

    /** Where the connection stands. */
    public enum State {
        /** Open, {@code auth} sent, no answer yet. */
        AUTHENTICATING,
        /** Authenticated and subscribed: data flows. */
        SUBSCRIBED,
        /** The server refused the key: reconnecting would only be refused again. */
        AUTH_FAILED
    }

    private final FeedSubscription subscription;
    private State state = State.AUTHENTICATING;
    private String failure;

    public FeedSession(FeedSubscription subscription) {
        this.subscription = subscription;
    }

    /** The first message to send on a new socket. */
    public String onOpen(ApiKey key) {
        state = State.AUTHENTICATING;
        return FeedSubscription.authMessage(key);
    }

    /** A status from the server; returns the message to send in answer, if any. */
    public Optional<String> onStatus(FeedEvent.Status status) {
        switch (status.status()) {
            case "auth_success" -> {
                state = State.SUBSCRIBED;
                return Optional.of(subscription.subscribeMessage());
            }
            case "auth_failed", "auth_timeout" -> {
                state = State.AUTH_FAILED;
                failure = "authentication failed (" + status.status() + "): " + status.message();
            }
            default -> {
                // connected, success (subscribed), max_connections, error: informational; the server closes the
                // socket itself when a status is fatal, and the reconnect loop takes over
            }
        }
        return Optional.empty();
    }

    public State state() {
        return state;
    }

    /** Why authentication failed; empty unless {@link State#AUTH_FAILED}. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
