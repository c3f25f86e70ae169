package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertKind;
import io.tickflow.core.calendar.SessionClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** Alert fixtures of the consumer tests. */
final class TestAlerts {
    static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    static final WebhookSender.Policy FAST = new WebhookSender.Policy(3, Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofSeconds(5));

    private TestAlerts() {
    }

    /** A volume spike of ABC at 10:15 ET on 2024-03-04 (15:15 UTC). */
    static Alert spike() {
        return Alert.of(AlertKind.VOLUME_SPIKE, "ABC", DAY, SessionClock.epochNanos(DAY, LocalTime.of(10, 15)),
                Map.of("volume", 500.0, "tod_average", 100.0), Map.of("spike_multiple", 5.0), "ABC volume spike");
    }
}
