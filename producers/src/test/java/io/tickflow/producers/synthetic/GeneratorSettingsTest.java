package io.tickflow.producers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 2);

    @Test
    void demoIsEightTickersOverTwentySessions() {
        GeneratorSettings demo = GeneratorSettings.demo(7);

        assertThat(demo).isEqualTo(new GeneratorSettings(7, 8, 20, START, 1.0));
    }

    @Test
    void rejectsZeroTickers() {
        assertThatThrownBy(() -> new GeneratorSettings(1, 0, 5, START, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tickers");
    }

    @Test
    void rejectsZeroSessions() {
        assertThatThrownBy(() -> new GeneratorSettings(1, 2, 0, START, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessions");
    }

    @Test
    void rejectsNonPositiveOrNanScale() {
        assertThatThrownBy(() -> new GeneratorSettings(1, 2, 5, START, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(1, 2, 5, START, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingStartDate() {
        assertThatThrownBy(() -> new GeneratorSettings(1, 2, 5, null, 1.0)).isInstanceOf(NullPointerException.class);
    }
}
