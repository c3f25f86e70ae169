package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryClientSettingsTest {

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheCap() {
        RegistryClientSettings settings = RegistryClientSettings.defaults("http://x");
        // 100, 200, 400, 800, 1600, then 3200 capped to 2000 ms
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMillis(1600));
        assertThat(settings.backoffAfter(6)).isEqualTo(Duration.ofMillis(2000));
        assertThat(settings.backoffAfter(64)).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void rejectsZeroAttempts() {
        assertThatThrownBy(() -> new RegistryClientSettings("http://x", 0, Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(RegistryClientSettings.defaults("http://u:topsecret@h:1").toString())
                .contains("http://***@h:1").doesNotContain("topsecret");
    }
}
