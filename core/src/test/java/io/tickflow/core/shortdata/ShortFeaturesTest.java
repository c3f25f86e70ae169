package io.tickflow.core.shortdata;

import static io.tickflow.core.shortdata.ShortDataFixtures.fails;
import static io.tickflow.core.shortdata.ShortDataFixtures.interest;
import static io.tickflow.core.shortdata.ShortDataFixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortFeaturesTest {
    private static final LocalDate TRADE = LocalDate.of(2020, 1, 2);
    private static final LocalDate SESSION = LocalDate.of(2020, 1, 3);

    private static Map<String, Double> volumesOnly(List<ShortVolumeRecord> rows) {
        return ShortFeatures.of(SESSION, new PublicShortData(rows, List.of(), null, null), null);
    }

    @Test
    void offExchangeRatiosComeFromTheConsolidatedRow() {
        // 400 / 1000 = 0.4; exempt 50 / 1000 = 0.05; FNSQ 100 / 400 = 0.25
        Map<String, Double> f = volumesOnly(List.of(volume(TRADE, "CNMS", 400, 50, 1000),
                volume(TRADE, "FNSQ", 100, 0, 400)));
        assertThat(f).containsOnly(entry("adv", null), entry("short_volume_age_days", 1.0),
                entry("short_ratio", 0.4), entry("short_exempt_ratio", 0.05), entry("short_ratio_fnsq", 0.25));
    }

    @Test
    void onExchangeAndCombinedRatiosWhereExchangeFilesExist() {
        // exchange: (30 + 10) / (100 + 100) = 0.2; combined (400 + 40) / (1000 + 200) = 440 / 1200
        Map<String, Double> f = volumesOnly(List.of(volume(TRADE, "CNMS", 400, 0, 1000),
                volume(TRADE, "NASDAQ", 30, 0, 100), volume(TRADE, "BX", 10, 0, 100)));
        assertThat(f).contains(entry("short_ratio_on_exchange", 0.2), entry("short_ratio_combined", 440.0 / 1200),
                entry("short_ratio_nasdaq", 0.3), entry("short_ratio_bx", 0.1));
    }

    @Test
    void exchangeFileAloneGivesNoCombinedRatio() {
        Map<String, Double> f = volumesOnly(List.of(volume(TRADE, "NASDAQ", 30, 0, 100)));
        assertThat(f).containsEntry("short_ratio_on_exchange", 0.3).doesNotContainKeys("short_ratio_combined",
                "short_ratio");
    }

    @Test
    void zeroTotalGivesNullRatioNotNaN() {
        assertThat(volumesOnly(List.of(volume(TRADE, "CNMS", 0, 0, 0)))).containsEntry("short_ratio", null);
    }

    @Test
    void failsSumOverCusipsWithValueAndFractionOfAdv() {
        LocalDate settled = LocalDate.of(2020, 9, 14);
        LocalDate published = LocalDate.of(2020, 9, 30);
        PublicShortData data = new PublicShortData(List.of(), List.of(fails(settled, "A", 1000, 2.5, published),
                fails(settled, "B", 500, 4.0, published)), null, null);
        // quantity 1000 + 500 = 1500; value 1000·2.5 + 500·4 = 4500; 1500 / ADV 30000 = 0.05; Oct 1 − Sep 14 = 17
        assertThat(ShortFeatures.of(LocalDate.of(2020, 10, 1), data, 30_000.0)).containsOnly(
                entry("adv", 30_000.0), entry("ftd_quantity", 1500.0), entry("ftd_value", 4500.0),
                entry("ftd_to_adv", 0.05), entry("ftd_age_days", 17.0));
    }

    @Test
    void failWithoutPriceHasNoValue() {
        LocalDate settled = LocalDate.of(2020, 9, 14);
        PublicShortData data = new PublicShortData(List.of(), List.of(fails(settled, "A", 1000, null, settled)),
                null, null);
        assertThat(ShortFeatures.of(SESSION, data, null)).containsEntry("ftd_quantity", 1000.0)
                .containsEntry("ftd_value", null).containsEntry("ftd_to_adv", null);
    }

    @Test
    void shortInterestChangeFromTheFileAndDaysToCoverFromTickflowAdv() {
        LocalDate settled = LocalDate.of(2021, 6, 30);
        PublicShortData data = new PublicShortData(List.of(), List.of(),
                interest(settled, 12_000, 9_000.0, settled), null);
        // change 12000 − 9000 = 3000; days to cover 12000 / 4000 = 3; Jul 13 − Jun 30 = 13 days
        assertThat(ShortFeatures.of(LocalDate.of(2021, 7, 13), data, 4000.0)).containsOnly(entry("adv", 4000.0),
                entry("short_interest", 12_000.0), entry("short_interest_change", 3000.0),
                entry("days_to_cover", 3.0), entry("short_interest_age_days", 13.0));
    }

    @Test
    void shortInterestChangeFallsBackToThePreviousPublicReport() {
        LocalDate jun15 = LocalDate.of(2021, 6, 15);
        LocalDate jun30 = LocalDate.of(2021, 6, 30);
        PublicShortData data = new PublicShortData(List.of(), List.of(), interest(jun30, 12_000, null, jun30),
                interest(jun15, 10_000, null, jun15));
        // 12000 − 10000 = 2000; no ADV: no days to cover
        assertThat(ShortFeatures.of(LocalDate.of(2021, 7, 13), data, null))
                .containsEntry("short_interest_change", 2000.0).containsEntry("days_to_cover", null);
    }

    @Test
    void nothingPublicGivesNoFeatures() {
        assertThat(ShortFeatures.of(SESSION, PublicShortData.NONE, 100.0)).isEmpty();
    }
}
