package io.tickflow.cli.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertDeliveryTest {
    @TempDir
    Path dir;

    @Test
    void writesOneExactJsonLinePerAlert() throws Exception {
        Path file = dir.resolve("out/alerts.jsonl");
        try (AlertDelivery delivery = new AlertDelivery(new DeliveredIds(dir, 10),
                List.of(JsonLinesOutput.to(file.toString())))) {
            delivery.deliver(TestAlerts.spike());
        }
        assertThat(Files.readAllLines(file)).containsExactly("{\"id\":\"746b6468397bc006\",\"kind\":\"volume_spike\","
                + "\"ticker\":\"ABC\",\"session\":\"2024-03-04\",\"event_ts\":1709565300000000000,"
                + "\"event_time\":\"2024-03-04T15:15:00Z\",\"values\":{\"tod_average\":100.0,\"volume\":500.0},"
                + "\"thresholds\":{\"spike_multiple\":5.0},\"message\":\"ABC volume spike\"}");
    }

    @Test
    void aRestartDoesNotResendWhatWasDelivered() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        try (FlakyWebhook hook = new FlakyWebhook(200)) {
            for (int run = 0; run < 2; run++) { // the second run stands for a restart re-reading uncommitted alerts
                try (AlertDelivery delivery = new AlertDelivery(new DeliveredIds(dir, 10), List.of(
                        JsonLinesOutput.to(file.toString()), new WebhookOutput(new WebhookSender(hook.url(), TestAlerts.FAST), dir)))) {
                    boolean fresh = delivery.deliver(TestAlerts.spike());
                    assertThat(fresh).isEqualTo(run == 0);
                }
            }
            assertThat(hook.calls()).isEqualTo(1);
        }
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void aWebhookThatKeepsFailingDeadLettersTheAlertAndMovesOn() throws Exception {
        try (FlakyWebhook hook = new FlakyWebhook(503);
             AlertDelivery delivery = new AlertDelivery(new DeliveredIds(dir, 10),
                     List.of(new WebhookOutput(new WebhookSender(hook.url(), TestAlerts.FAST), dir)))) {
            assertThat(delivery.deliver(TestAlerts.spike())).isTrue();
        }
        assertThat(Files.readString(dir.resolve(WebhookOutput.DEAD_LETTERS)))
                .startsWith("{\"failure\":\"HTTP 503\",\"attempts\":3,\"alert\":{\"id\":\"746b6468397bc006\"");
    }

    @Test
    void deliveredIdsStayBoundedAcrossCompactions() throws Exception {
        try (DeliveredIds ids = new DeliveredIds(dir, 3)) {
            for (int i = 0; i < 10; i++) {
                ids.add("id" + i);
            }
        }
        // 10 lines > 2 × 3 compacted once at the 7th id (keeping id4..id6), then id7..id9 appended
        try (DeliveredIds reopened = new DeliveredIds(dir, 3)) {
            assertThat(reopened.size()).isEqualTo(3);
            assertThat(reopened.contains("id9")).isTrue();
            assertThat(reopened.contains("id6")).isFalse();
        }
        assertThat(Files.readAllLines(dir.resolve(DeliveredIds.FILE))).containsExactly("id4", "id5", "id6", "id7", "id8", "id9");
    }
}
