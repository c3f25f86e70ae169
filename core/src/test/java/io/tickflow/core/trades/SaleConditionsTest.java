package io.tickflow.core.trades;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SaleConditionsTest {

    private static final long MIDDAY = SessionClock.regularStartNanos(LocalDate.of(2024, 6, 3)) + 3_600_000_000_000L;
    private static final long PRE_MARKET = SessionClock.extendedStartNanos(LocalDate.of(2024, 6, 3));

    private static BarEligibility regular(int... conditions) {
        return SaleConditions.classify(MIDDAY, 2.5, 100, conditions, 0, SessionScope.REGULAR);
    }

    @Test
    void regularSaleWithoutConditionsIsEligible() {
        assertThat(regular()).isEqualTo(BarEligibility.ELIGIBLE);
        assertThat(SaleConditions.classify(MIDDAY, 2.5, 100, null, 0, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.ELIGIBLE);
    }

    @Test
    void oddLotTradeIsEligible() {
        assertThat(regular(37)).isEqualTo(BarEligibility.ELIGIBLE);
    }

    @Test
    void intermarketSweepFlaggedTradeThroughExemptIsEligible() {
        assertThat(regular(14, 41)).isEqualTo(BarEligibility.ELIGIBLE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 8, 9, 11, 14, 23, 25, 27, 28, 30, 34, 36, 37, 41})
    void conditionsUpdatingLastAndVolumeAreEligible(int code) {
        assertThat(regular(code)).isEqualTo(BarEligibility.ELIGIBLE);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 7, 10, 13, 15, 16, 20, 21, 22, 29, 33, 38, 52, 53})
    void lateAveragedContingentAndNonTradeConditionsAreIneligible(int code) {
        assertThat(regular(code)).isEqualTo(BarEligibility.INELIGIBLE_CONDITION);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6, 17, 35, 44, 56, 59, 63, 64, 1000})
    void conditionsWithoutAConsolidatedRuleAndUnknownCodesAreIneligible(int code) {
        assertThat(regular(code)).isEqualTo(BarEligibility.INELIGIBLE_CONDITION);
    }

    @Test
    void oneIneligibleConditionAmongEligibleOnesExcludesTheTrade() {
        assertThat(regular(14, 37, 53)).isEqualTo(BarEligibility.INELIGIBLE_CONDITION);
    }

    @Test
    void formTIsEligibleOnlyWhenTheScopeIncludesExtendedHours() {
        int[] formT = {12};
        assertThat(SaleConditions.classify(PRE_MARKET, 2.5, 100, formT, 0, SessionScope.EXTENDED))
                .isEqualTo(BarEligibility.ELIGIBLE);
        assertThat(SaleConditions.classify(PRE_MARKET, 2.5, 100, formT, 0, SessionScope.NONE))
                .isEqualTo(BarEligibility.ELIGIBLE);
        assertThat(SaleConditions.classify(MIDDAY, 2.5, 100, formT, 0, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.INELIGIBLE_CONDITION);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 10, 11, 12, 2, 99, -1})
    void cancelledErroneousCorrectionRecordsAndUnknownCorrectionsAreCancelled(int correction) {
        assertThat(SaleConditions.classify(MIDDAY, 2.5, 100, new int[0], correction, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.CANCELLED);
    }

    @Test
    void lateCorrectedOriginalCarryingCorrectedDataIsKept() {
        assertThat(SaleConditions.classify(MIDDAY, 2.5, 100, new int[0], 1, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.ELIGIBLE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.01, Double.NaN, Double.POSITIVE_INFINITY})
    void nonPositiveOrNonFinitePriceIsRejected(double price) {
        assertThat(SaleConditions.classify(MIDDAY, price, 100, null, 0, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.NON_POSITIVE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -5, Double.NaN, Double.POSITIVE_INFINITY})
    void nonPositiveOrNonFiniteSizeIsRejected(double size) {
        assertThat(SaleConditions.classify(MIDDAY, 2.5, size, null, 0, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.NON_POSITIVE);
    }

    @Test
    void tradeOutsideTheScopeIsOutsideSession() {
        long lastNanoBeforeOpen = SessionClock.regularStartNanos(LocalDate.of(2024, 6, 3)) - 1;
        assertThat(SaleConditions.classify(lastNanoBeforeOpen, 2.5, 100, null, 0, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.OUTSIDE_SESSION);
        assertThat(SaleConditions.classify(lastNanoBeforeOpen, 2.5, 100, null, 0, SessionScope.EXTENDED))
                .isEqualTo(BarEligibility.ELIGIBLE);
    }

    @Test
    void reasonsArePrecedentedNonPositiveThenCancelledThenConditionThenSession() {
        int[] averagePrice = {2};
        assertThat(SaleConditions.classify(PRE_MARKET, 2.5, 0, averagePrice, 8, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.NON_POSITIVE);
        assertThat(SaleConditions.classify(PRE_MARKET, 2.5, 100, averagePrice, 8, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.CANCELLED);
        assertThat(SaleConditions.classify(PRE_MARKET, 2.5, 100, averagePrice, 0, SessionScope.REGULAR))
                .isEqualTo(BarEligibility.INELIGIBLE_CONDITION);
    }
}
