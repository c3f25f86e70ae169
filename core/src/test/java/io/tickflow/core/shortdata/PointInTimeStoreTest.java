package io.tickflow.core.shortdata;

import static io.tickflow.core.shortdata.ShortDataFixtures.TICKER;
import static io.tickflow.core.shortdata.ShortDataFixtures.at;
import static io.tickflow.core.shortdata.ShortDataFixtures.fails;
import static io.tickflow.core.shortdata.ShortDataFixtures.interest;
import static io.tickflow.core.shortdata.ShortDataFixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PointInTimeStoreTest {
    private static final LocalDate JAN2 = LocalDate.of(2020, 1, 2);
    private static final LocalDate JAN3 = LocalDate.of(2020, 1, 3);
    private static final LocalDate SEP14 = LocalDate.of(2020, 9, 14);
    /** The 2020-09a half-month ends on the 15th and is released 15 days later. */
    private static final LocalDate SEP30 = LocalDate.of(2020, 9, 30);

    @Test
    void tradeDateVolumeIsInvisibleBeforeItsSixPmPublication() {
        PointInTimeStore store = new PointInTimeStore();
        store.add(volume(JAN2, "CNMS", 10, 0, 100));
        store.add(volume(JAN3, "CNMS", 30, 0, 100));
        // at 15:59 on Jan 3 the Jan 3 file (18:00) is not out yet: Jan 2's is the newest public
        assertThat(store.publicAt(TICKER, at(JAN3, 15)).volumes()).extracting(ShortVolumeRecord::tradeDate)
                .containsExactly(JAN2);
        assertThat(store.publicAt(TICKER, at(JAN3, 19)).volumes()).extracting(ShortVolumeRecord::tradeDate)
                .containsExactly(JAN3);
    }

    @Test
    void recordPublishedExactlyAtTheInstantIsNotYetPublic() {
        PointInTimeStore store = new PointInTimeStore();
        store.add(volume(JAN2, "CNMS", 10, 0, 100));
        assertThat(store.publicAt(TICKER, at(JAN2, 18)).isEmpty()).isTrue();
        assertThat(store.publicAt(TICKER, at(JAN2, 18) + 1).volumes()).hasSize(1);
    }

    @Test
    void failsBetweenSettlementAndReleaseAreNotSeen() {
        PointInTimeStore store = new PointInTimeStore();
        store.add(fails(SEP14, "000000001", 500, 2.0, SEP30));
        assertThat(store.publicAt(TICKER, at(LocalDate.of(2020, 9, 21), 12)).fails()).isEmpty();
        assertThat(store.publicAt(TICKER, at(LocalDate.of(2020, 10, 1), 12)).fails()).hasSize(1);
    }

    @Test
    void keepsEveryFacilityOfTheNewestPublicTradeDate() {
        PointInTimeStore store = new PointInTimeStore();
        store.add(volume(JAN2, "CNMS", 10, 0, 100));
        store.add(volume(JAN2, "FNSQ", 5, 0, 50));
        store.add(volume(JAN2, "NASDAQ", 7, 0, 70));
        assertThat(store.publicAt(TICKER, at(JAN3, 9)).volumes()).extracting(ShortVolumeRecord::facility)
                .containsExactly("NASDAQ", "FNSQ", "CNMS");
    }

    @Test
    void sameKeyReplacesTheEarlierRecord() {
        PointInTimeStore store = new PointInTimeStore();
        store.add(volume(JAN2, "CNMS", 10, 0, 100));
        store.add(volume(JAN2, "CNMS", 20, 0, 100));
        assertThat(store.publicAt(TICKER, at(JAN3, 9)).volumes()).extracting(ShortVolumeRecord::shortVolume)
                .containsExactly(20.0);
    }

    @Test
    void shortInterestKeepsTheNewestPublicReportAndTheOneBefore() {
        PointInTimeStore store = new PointInTimeStore();
        LocalDate jun15 = LocalDate.of(2021, 6, 15);
        LocalDate jun30 = LocalDate.of(2021, 6, 30);
        LocalDate jul15 = LocalDate.of(2021, 7, 15);
        store.add(interest(jun15, 100, null, LocalDate.of(2021, 6, 24)));
        store.add(interest(jun30, 150, null, LocalDate.of(2021, 7, 12)));
        store.add(interest(jul15, 90, null, LocalDate.of(2021, 7, 26)));
        // on Jul 20 the Jul 15 report is not out: Jun 30 is the newest, Jun 15 the one before
        PublicShortData seen = store.publicAt(TICKER, at(LocalDate.of(2021, 7, 20), 10));
        assertThat(seen.interest().settlementDate()).isEqualTo(jun30);
        assertThat(seen.previousInterest().settlementDate()).isEqualTo(jun15);
    }

    @Test
    void unknownTickerSeesNothing() {
        assertThat(new PointInTimeStore().publicAt("XYZ", at(JAN3, 9))).isEqualTo(PublicShortData.NONE);
    }
}
