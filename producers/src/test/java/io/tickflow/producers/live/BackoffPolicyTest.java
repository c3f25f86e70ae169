package io.tickflow.producers.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {
    private final BackoffPolicy policy = new BackoffPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.5);

    @Test
    void doublesFromInitialWithoutJitterDraw() {
        // draw 0: no jitter taken off; 500 * 2^n ms
        assertThat(policy.delay(0, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(1, 0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.delay(3, 0)).isEqualTo(Duration.ofMillis(4000));
    }

    @Test
    void capsAtMaxWhateverTheAttempt() {
        // 500 * 2^7 = 64 s > 30 s cap
        assertThat(policy.delay(7, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delay(1000, 0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterTakesOffAtMostItsFraction() {
        // 1000 ms * (1 - 0.5 * 0.5) = 750 ms at draw 0.5; never below 1000 * (1 - 0.5) = 500 ms
        assertThat(policy.delay(1, 0.5)).isEqualTo(Duration.ofMillis(750));
        assertThat(policy.delay(1, Math.nextDown(1.0))).isBetween(Duration.ofMillis(500), Duration.ofMillis(501));
    }
}
