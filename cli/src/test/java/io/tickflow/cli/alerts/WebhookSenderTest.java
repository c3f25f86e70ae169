package io.tickflow.cli.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void retriesA503AndA429ThenDeliversOnTheThirdAttempt() throws Exception {
        try (FlakyWebhook hook = new FlakyWebhook(503, 429, 200)) {
            WebhookSender.Result result = new WebhookSender(hook.url(), TestAlerts.FAST).send(TestAlerts.spike());
            assertThat(result).isEqualTo(new WebhookSender.Result(true, 3, null));
            assertThat(hook.bodies).hasSize(3).allSatisfy(b -> assertThat(b)
                    .startsWith("{\"text\":\"ABC volume spike\",\"blocks\":[{\"type\":\"section\"")
                    .endsWith("\"alert_id\":\"746b6468397bc006\"}"));
        }
    }

    @Test
    void givesUpAfterTheLastAttempt() throws Exception {
        try (FlakyWebhook hook = new FlakyWebhook(500)) {
            WebhookSender.Result result = new WebhookSender(hook.url(), TestAlerts.FAST).send(TestAlerts.spike());
            assertThat(result).isEqualTo(new WebhookSender.Result(false, 3, "HTTP 500"));
            assertThat(hook.calls()).isEqualTo(3);
        }
    }

    @Test
    void doesNotRetryAClientError() throws Exception {
        try (FlakyWebhook hook = new FlakyWebhook(404)) {
            WebhookSender.Result result = new WebhookSender(hook.url(), TestAlerts.FAST).send(TestAlerts.spike());
            assertThat(result.delivered()).isFalse();
            assertThat(hook.calls()).isEqualTo(1);
        }
    }

    @Test
    void backoffDoublesUpToItsCap() {
        // 10 ms before attempt 2, 20 before 3, 40 before 4, capped at 40 after
        assertThat(TestAlerts.FAST.backoffBefore(2).toMillis()).isEqualTo(10);
        assertThat(TestAlerts.FAST.backoffBefore(3).toMillis()).isEqualTo(20);
        assertThat(TestAlerts.FAST.backoffBefore(4).toMillis()).isEqualTo(40);
        assertThat(TestAlerts.FAST.backoffBefore(9).toMillis()).isEqualTo(40);
    }
}
