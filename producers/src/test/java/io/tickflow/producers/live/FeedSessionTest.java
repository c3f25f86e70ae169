package io.tickflow.producers.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedSessionTest {
    private static final ApiKey KEY = ApiKey.fromEnvironment("POLYGON_API_KEY", Map.of("POLYGON_API_KEY", "s3cr3t")::get);

    @Test
    void sendsAuthOnOpenAndSubscribesOnAuthSuccess() {
        FeedSession session = new FeedSession(new FeedSubscription(List.of("aapl", "ABR.PRD"), true, true));

        assertThat(session.onOpen(KEY)).isEqualTo("{\"action\":\"auth\",\"params\":\"s3cr3t\"}");
        assertThat(session.onStatus(new FeedEvent.Status("connected", "Connected Successfully"))).isEmpty();
        assertThat(session.onStatus(new FeedEvent.Status("auth_success", "authenticated")))
                .contains("{\"action\":\"subscribe\",\"params\":\"T.AAPL,T.ABRpD,AM.AAPL,AM.ABRpD\"}");
        assertThat(session.state()).isEqualTo(FeedSession.State.SUBSCRIBED);
    }

    @Test
    void stopsForGoodOnAuthFailedWithTheServersMessage() {
        FeedSession session = new FeedSession(FeedSubscription.all());
        session.onOpen(KEY);

        assertThat(session.onStatus(new FeedEvent.Status("auth_failed", "authentication failed"))).isEmpty();

        assertThat(session.state()).isEqualTo(FeedSession.State.AUTH_FAILED);
        assertThat(session.failure()).contains("authentication failed (auth_failed): authentication failed");
    }

    @Test
    void subscribesToEveryTickerWithStarAndToOneChannelWhenAsked() {
        assertThat(FeedSubscription.all().params()).isEqualTo("T.*,AM.*");
        assertThat(new FeedSubscription(List.of(), false, true).params()).isEqualTo("AM.*");
        assertThat(new FeedSubscription(List.of("MSFT"), true, false).params()).isEqualTo("T.MSFT");
    }

    @Test
    void refusesASubscriptionToNothing() {
        assertThatThrownBy(() -> new FeedSubscription(List.of(), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsTheKeyInTextAndNamesTheVariableWhenItIsMissing() {
        assertThat(KEY.toString()).doesNotContain("s3cr3t").isEqualTo("ApiKey[$POLYGON_API_KEY=****]");
        assertThatThrownBy(() -> ApiKey.fromEnvironment("MY_KEY", name -> null))
                .hasMessage("environment variable MY_KEY holding the feed's API key is not set");
    }

    @Test
    void sourceOfTheFeedDropsUserInfoAndQuery() {
        LiveFeedSettings d = LiveFeedSettings.defaults();
        LiveFeedSettings s = new LiveFeedSettings(java.net.URI.create("wss://user:pw@socket.polygon.io:443/stocks?apiKey=x"),
                d.subscription(), 10, d.silenceGap(), d.backoff(), d.connectTimeout(), d.keepAlive(), true);

        assertThat(s.source()).isEqualTo("wss://socket.polygon.io:443/stocks");
    }
}
