package io.tickflow.core.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.daily.DailyMetricsRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InfoRichRulesTest {
    private static final InfoRichRules RULES = InfoRichRules.defaults();

    /** A row at exactly every default threshold: rvol 2.0, −15%, $5M, close $20. */
    private static DailyMetricsRow row(Double rvol, Double pctChg, double dollarVol, double close) {
        return new DailyMetricsRow(LocalDate.of(2024, 3, 4), close, 1000, dollarVol, null, pctChg, null, rvol, 30, 390, 0);
    }

    @Test
    void rowExactlyAtEveryThresholdPassesWithUnknownCapMarked() {
        InfoRichVerdict v = RULES.evaluate(row(2.0, -0.15, 5_000_000, 20.0), null);
        assertThat(v.infoRich()).isTrue();
        assertThat(v.capUnknown()).isTrue();
        assertThat(v.passCap()).isTrue();
    }

    @Test
    void nullRvolFailsOnlyTheRvolRule() {
        InfoRichVerdict v = RULES.evaluate(row(null, 0.3, 6e6, 5), null);
        assertThat(v).isEqualTo(new InfoRichVerdict(false, true, true, true, true, true));
        assertThat(v.infoRich()).isFalse();
    }

    @Test
    void nullPctChangeFailsThePctChangeRule() {
        assertThat(RULES.evaluate(row(3.0, null, 6e6, 5), null).passPctchg()).isFalse();
    }

    @Test
    void dollarVolumeJustBelowFails() {
        assertThat(RULES.evaluate(row(3.0, 0.3, 4_999_999.99, 5), null).passDvol()).isFalse();
    }

    @Test
    void priceOutsideTheBandFails() {
        assertThat(RULES.evaluate(row(3.0, 0.3, 6e6, 0.49), null).passPrice()).isFalse();
        assertThat(RULES.evaluate(row(3.0, 0.3, 6e6, 20.01), null).passPrice()).isFalse();
        assertThat(RULES.evaluate(row(3.0, 0.3, 6e6, 0.5), null).passPrice()).isTrue();
    }

    @Test
    void knownCapAboveTheMaximumFails() {
        InfoRichVerdict v = RULES.evaluate(row(3.0, 0.3, 6e6, 5), 2.5e9);
        assertThat(v.passCap()).isFalse();
        assertThat(v.capUnknown()).isFalse();
        assertThat(v.infoRich()).isFalse();
        assertThat(RULES.evaluate(row(3.0, 0.3, 6e6, 5), 2e9).infoRich()).isTrue();
    }

    @Test
    void refusesMaxPriceBelowMinPrice() {
        assertThatThrownBy(() -> new InfoRichRules(2, 0.15, 5e6, 10, 5, 2e9))
                .hasMessageContaining("max_price must be >= min_price");
    }
}
